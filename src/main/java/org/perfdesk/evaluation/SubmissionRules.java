package org.perfdesk.evaluation;

import org.perfdesk.consistency.CheckSeverity;
import org.perfdesk.consistency.Finding;
import org.perfdesk.evaluation.scoring.Numbers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What must hold before a self-evaluation is submitted, field → Chinese message: the
 * 实际完成情况 written; every row scored (a qualitative row by its band); 实际完成值 filled;
 * 偏差原因分析及改进措施 written for every indicator scored below its 分值 (§1.7 rule 7) and for every
 * over-achieved one (财预〔2020〕10号: a large over-achievement must be explained); the
 * 预算执行偏差原因 when the 预算执行 score is below its 分值; and no ERROR of the consistency checker.
 */
final class SubmissionRules {

	private SubmissionRules() {
	}

	static Map<String, String> problems(SelfEvaluation e, List<Finding> findings) {
		var errors = new LinkedHashMap<String, String>();
		if (e.completionText().isBlank()) {
			errors.put("completionText", "请填写年度总体目标的实际完成情况");
		}
		if (e.executionScore() == null) {
			errors.put("executionScore", "预算执行未能自动计分（" + e.execution().explanation() + "），请填写得分及理由");
		}
		else if (e.executionScore().compareTo(e.executionWeight()) < 0 && e.executionReason().isBlank()) {
			errors.put("executionReason", "预算执行得分 " + e.executionScore().toPlainString() + " 低于分值 "
					+ Numbers.text(e.executionWeight()) + "，请填写预算执行偏差原因");
		}
		for (EvaluatedIndicator r : e.indicators()) {
			String at = "indicators[" + r.position() + "].";
			String name = "「" + r.name() + "」";
			if (r.actual().isBlank()) {
				errors.put(at + "actual", name + "请填写实际完成值");
			}
			if (r.qualitative() && r.band() == null && !r.overridden()) {
				errors.put(at + "band", name + "为定性指标，请选择达成档次");
			}
			else if (r.score() == null) {
				errors.put(at + "score", name + "未能自动计分（" + r.computed().explanation() + "），请填写得分及理由");
			}
			if (r.reason().isBlank()) {
				if (r.deducted()) {
					errors.put(at + "reason", name + "得分 " + r.score().toPlainString() + " 低于分值 "
							+ Numbers.text(r.weight()) + "，请填写偏差原因分析及改进措施");
				}
				else if (r.overAchieved()) {
					errors.put(at + "reason", name + "超额完成，请说明原因（是否指标值设定偏低）");
				}
			}
		}
		int k = 0;
		for (Finding f : findings) {
			if (f.severity() == CheckSeverity.ERROR) {
				errors.put("findings[" + k++ + "]", "一致性校验：" + f.message());
			}
		}
		return errors;
	}

}
