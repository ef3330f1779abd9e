package org.perfdesk.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.report.Report;
import org.perfdesk.report.ReportDraft;
import org.perfdesk.report.ReportKind;
import org.perfdesk.report.ReportManagement;
import org.perfdesk.report.fund.SpecialFunds;
import org.perfdesk.shared.FiscalYear;

/**
 * The league's 部门整体支出绩效自评报告 of the previous year, drafted as a user would: opened to the
 * default outline, each narrative taken from the paragraph proposed from the data where
 * there is one, the rest written for the demo, and saved as a draft for the 填报人 to
 * finish. Texts written for PerfDesk.
 */
final class DemoReports {

	/** Narratives the data proposes nothing for. */
	private static final Map<String, String> WRITTEN = Map.of("职能补充说明", "本年度部门职能和内设机构没有调整。", "其他说明", "本年度无其他需要说明的情况。",
			"改进措施", "一是把绩效目标编细编实，按季度对照目标检查进度；二是对执行偏慢的项目提前安排采购和结算，避免支出集中在年底。");

	private static final String BY = "团市委 王晓燕";

	private final ReportManagement reports;

	private final SpecialFunds funds;

	DemoReports(ReportManagement reports, SpecialFunds funds) {
		this.reports = reports;
		this.funds = funds;
	}

	void load(FiscalYear current, long leagueId) {
		DataScope filler = new DataScope(Role.UNIT_FILLER, leagueId, false, Set.of(leagueId));
		FiscalYear year = current.previous();
		write(filler, reports.openDepartment(filler, leagueId, year, BY));
		// the first of the league's own projects with a self-evaluation gets its report
		List<ReportManagement.Line> projects = reports.lines(filler, ReportKind.PROJECT, year);
		if (!projects.isEmpty()) {
			var first = projects.get(0).subject();
			write(filler, reports.open(filler, ReportKind.PROJECT, first.subjectId(), first.unitId(), year, BY));
		}
		// a special fund of the league's youth-work projects
		List<Long> chosen = funds.eligible(filler, leagueId, year).stream().limit(3).map(p -> p.id()).toList();
		if (!chosen.isEmpty()) {
			var fund = funds.create(filler, leagueId, year, "青少年发展专项资金", "为支持青少年思想引领、志愿服务和权益维护工作，市财政按年度安排的专项资金。",
					chosen, BY);
			write(filler, reports.open(filler, ReportKind.SPECIAL_FUND, fund.id(), leagueId, year, BY));
		}
		// the monitoring report of the current year's first round
		reports.lines(filler, ReportKind.MONITORING, current)
			.stream()
			.filter(l -> l.subject().unitId() == leagueId)
			.findFirst()
			.ifPresent(l -> write(filler,
					reports.open(filler, ReportKind.MONITORING, l.subject().subjectId(), leagueId, current, BY)));
	}

	/** Each narrative from the proposal where there is one, else a demo text. */
	private void write(DataScope filler, Report report) {
		ReportDraft draft = reports.draft(filler, report.id());
		Map<String, String> texts = new LinkedHashMap<>();
		for (ReportDraft.Section s : draft.sections()) {
			for (ReportDraft.Item item : s.items()) {
				if (item instanceof ReportDraft.Narrative n) {
					String text = WRITTEN.getOrDefault(n.name(), n.proposal());
					texts.put(n.name(), text == null ? "" : text);
				}
			}
		}
		reports.save(filler, report.id(), report.version(), texts, BY);
	}

}
