package org.perfdesk.importing.extraction;

import java.util.List;

import org.perfdesk.importing.Kind;
import org.perfdesk.importing.reading.Line;

/**
 * Which kind of document this is, from its title (the first line that names a kind of
 * document), and where the title says too little from its structure: an indicator table
 * with actuals and scores is a self-evaluation, one with targets only a target table, a
 * document of paragraphs a report.
 */
public final class KindRecogniser {

	/** The title and the line it was found on. */
	public record Title(String text, int line) {
	}

	private KindRecogniser() {
	}

	public static Title title(List<Line> lines) {
		for (int i = 0; i < Math.min(lines.size(), 30); i++) {
			String text = Cells.compact(lines.get(i).text());
			if (text.length() <= 80 && (text.contains("绩效") || text.contains("评价")) && (text.endsWith("表")
					|| text.endsWith("报告") || text.contains("自评") || text.contains("目标") || text.contains("监控"))) {
				return new Title(lines.get(i).text(), i);
			}
		}
		for (int i = 0; i < Math.min(lines.size(), 10); i++) {
			if (!lines.get(i).blank()) {
				return new Title(lines.get(i).text(), i);
			}
		}
		return new Title("", 0);
	}

	/** A short line naming a kind of performance document: 项目支出绩效自评表, …绩效目标表, …自评报告. */
	static boolean isTitle(String line) {
		String text = Cells.compact(line);
		return text.length() <= 80 && (text.contains("绩效") || text.contains("评价")) && (text.endsWith("表")
				|| text.endsWith("报告") || text.contains("自评") || text.contains("目标") || text.contains("监控"));
	}

	public static Kind of(String title, List<Line> lines, boolean hasScores, boolean hasTargets,
			boolean hasIndicators) {
		String t = Cells.compact(title);
		boolean department = t.contains("部门整体") || t.contains("单位整体") || t.contains("部门单位整体") || t.contains("整体支出")
				|| t.contains("部门绩效") || t.contains("整体绩效");
		if (t.contains("监控")) {
			return Kind.MONITORING_REPORT;
		}
		if (t.contains("报告")) {
			return department ? Kind.DEPT_REPORT : Kind.PROJECT_REPORT;
		}
		if (t.contains("自评表") || t.contains("评价表") || t.contains("得分表") || t.contains("评分表") || t.contains("完成情况表")) {
			return department ? Kind.DEPT_SELFEVAL : Kind.PROJECT_SELFEVAL;
		}
		if (t.contains("自评") || t.contains("评价")) {
			// 自评情况 / 绩效评价: a table when it has one, else the text is a report
			if (!hasIndicators && narrative(lines)) {
				return department ? Kind.DEPT_REPORT : Kind.PROJECT_REPORT;
			}
			return department ? Kind.DEPT_SELFEVAL : Kind.PROJECT_SELFEVAL;
		}
		if (t.contains("目标") || t.contains("申报表") || t.contains("审批表")) {
			if (!hasIndicators && (t.contains("汇总") || t.contains("公开") || t.contains("一览"))) {
				return Kind.TARGET_SUMMARY;
			}
			if (!hasIndicators && !department) {
				return Kind.TARGET_SUMMARY;
			}
			return department ? Kind.DEPT_TARGET : Kind.PROJECT_TARGET;
		}
		// the title says too little: the structure decides
		if (hasIndicators && hasScores) {
			return department ? Kind.DEPT_SELFEVAL : Kind.PROJECT_SELFEVAL;
		}
		if (hasIndicators && hasTargets) {
			return department ? Kind.DEPT_TARGET : Kind.PROJECT_TARGET;
		}
		if (narrative(lines)) {
			return department ? Kind.DEPT_REPORT : Kind.PROJECT_REPORT;
		}
		return null;
	}

	/** Three or more long paragraphs: a text to read, not a form. */
	private static boolean narrative(List<Line> lines) {
		return lines.stream().filter(l -> !l.table() && l.text().length() > 40).count() >= 3;
	}

}
