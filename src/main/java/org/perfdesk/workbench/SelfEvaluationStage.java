package org.perfdesk.workbench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.perfdesk.evaluation.EvaluationStatus;
import org.perfdesk.evaluation.EvaluationYear;
import org.perfdesk.evaluation.SelfEvaluation;
import org.perfdesk.evaluation.SelfEvaluationManagement;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.shared.FiscalYear;
import org.springframework.stereotype.Component;

/**
 * The 绩效自评 stage of the home page and its to-dos. Self-evaluation comes after the year:
 * while the chosen fiscal year is running, the year in season is the previous one (its
 * tables are written in the first months of the chosen year); once the chosen year has
 * ended, it is that year itself. A link into a year other than the chosen one carries the
 * year, so that the page switches to it (the 绩效自评 pages show the year chosen in the
 * header).
 */
@Component
class SelfEvaluationStage {

	static final String NAME = "绩效自评";

	private final SelfEvaluationManagement evaluations;

	SelfEvaluationStage(SelfEvaluationManagement evaluations) {
		this.evaluations = evaluations;
	}

	/**
	 * The fiscal year whose self-evaluations are in season when {@code chosen} is chosen
	 * in the header.
	 */
	FiscalYear inSeason(FiscalYear chosen) {
		return evaluations.yearEnded(chosen.value()) ? chosen : chosen.previous();
	}

	/**
	 * The year's self-evaluations by status and the approved targets still without one,
	 * as the user may read them.
	 */
	Progress progress(DataScope scope, FiscalYear chosen) {
		FiscalYear year = inSeason(chosen);
		if (scope.role() == Role.ADMINISTRATOR) {
			return new Progress(year, chosen, null);
		}
		return new Progress(year, chosen, evaluations.year(scope, year));
	}

	/**
	 * What the stage shows and what the user has to do: {@code year} is the year in
	 * season, {@code content} its tables and waiting targets in the user's scope (null
	 * for the administrator, who reads no business records).
	 */
	record Progress(FiscalYear year, FiscalYear chosen, EvaluationYear content) {

		/**
		 * The year to switch to when following a link, or null when it is the chosen year
		 * already.
		 */
		Integer switchTo() {
			return year.equals(chosen) ? null : year.value();
		}

		Map<EvaluationStatus, Long> byStatus() {
			Map<EvaluationStatus, Long> counts = new EnumMap<>(EvaluationStatus.class);
			if (content != null) {
				for (EvaluationYear.Line l : content.evaluations()) {
					counts.merge(l.evaluation().status(), 1L, Long::sum);
				}
			}
			return counts;
		}

		/**
		 * "份 2025 年度自评表：已批复 8，审核中 1，已退回 1；待自评 2 个" — the statuses present, both review
		 * levels together.
		 */
		CycleStage stage() {
			if (content == null) {
				return new CycleStage(NAME, 0, "份自评表", "/evaluations", null);
			}
			Map<EvaluationStatus, Long> counts = byStatus();
			var parts = new StringJoiner("，");
			part(parts, "已批复", counts.getOrDefault(EvaluationStatus.APPROVED, 0L));
			part(parts, "审核中", counts.getOrDefault(EvaluationStatus.SUBMITTED, 0L)
					+ counts.getOrDefault(EvaluationStatus.DEPARTMENT_APPROVED, 0L));
			part(parts, "已退回", counts.getOrDefault(EvaluationStatus.RETURNED, 0L));
			part(parts, "草稿", counts.getOrDefault(EvaluationStatus.DRAFT, 0L));
			String caption = "份 " + year + " 年度自评表" + (parts.length() == 0 ? "" : "：" + parts)
					+ (content.pending().isEmpty() ? "" : "；待自评 " + content.pending().size() + " 个");
			return new CycleStage(NAME, content.evaluations().size(), caption, "/evaluations", switchTo());
		}

		private static void part(StringJoiner parts, String label, long count) {
			if (count > 0) {
				parts.add(label + " " + count);
			}
		}

		/**
		 * A 填报人's approved targets without a self-evaluation and its returned or
		 * unfinished tables; a reviewer's tables waiting at their level.
		 */
		List<Todo> todos(DataScope scope) {
			var todos = new ArrayList<Todo>();
			if (content == null) {
				return todos;
			}
			if (scope.role() == Role.UNIT_FILLER) {
				for (EvaluationYear.Line l : content.evaluations()) {
					SelfEvaluation e = l.evaluation();
					if (!scope.canWrite(e.unitId())) {
						continue;
					}
					if (e.status() == EvaluationStatus.RETURNED) {
						todos.add(new Todo("项目自评表被退回：" + l.projectLabel() + "，请按审核意见修改后重新提交", "/evaluations/" + e.id(),
								null));
					}
					else if (e.status() == EvaluationStatus.DRAFT) {
						todos.add(new Todo("继续填写项目自评表：" + l.projectLabel() + "（" + year + " 年度，尚未提交）",
								"/evaluations/" + e.id(), null));
					}
				}
				for (EvaluationYear.Pending p : content.pending()) {
					if (p.mayOpen()) {
						todos.add(new Todo("开展 " + year + " 年度项目绩效自评：" + p.projectLabel(), "/evaluations", switchTo()));
					}
				}
			}
			else {
				for (EvaluationYear.Line l : content.evaluations()) {
					if (SelfEvaluationManagement.mayReview(scope, l.evaluation())) {
						todos.add(new Todo("审核项目自评表：" + l.projectLabel() + "（" + l.unitName() + "，总分 "
								+ l.evaluation().total() + "）", "/evaluations/" + l.evaluation().id(), null));
					}
				}
			}
			return todos;
		}
	}

}
