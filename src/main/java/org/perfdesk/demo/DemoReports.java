package org.perfdesk.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.report.Report;
import org.perfdesk.report.ReportDraft;
import org.perfdesk.report.ReportManagement;
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

	private final ReportManagement reports;

	DemoReports(ReportManagement reports) {
		this.reports = reports;
	}

	void load(FiscalYear current, long leagueId) {
		DataScope filler = new DataScope(Role.UNIT_FILLER, leagueId, false, Set.of(leagueId));
		FiscalYear year = current.previous();
		Report report = reports.openDepartment(filler, leagueId, year, "团市委 王晓燕");
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
		reports.save(filler, report.id(), report.version(), texts, "团市委 王晓燕");
	}

}
