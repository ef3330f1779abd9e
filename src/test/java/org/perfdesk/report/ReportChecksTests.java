package org.perfdesk.report;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfdesk.consistency.CheckSeverity;
import org.perfdesk.consistency.ConsistencyChecks;
import org.perfdesk.consistency.Finding;
import org.perfdesk.document.Manuscript;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's tables as read back from the .docx: a 合计 or a 执行率 that does not follow
 * from its row is found.
 */
class ReportChecksTests {

	private final ReportChecks checks = new ReportChecks(new ConsistencyChecks(List.of()));

	private static byte[] docx(List<List<String>> rows) {
		return new Manuscript("t", null)
			.add(new Manuscript.Table("基本支出", List.of("项目", "预算数", "支出数", "执行率", "上年支出数"), rows,
					new boolean[] { false, true, true, true, true }, true))
			.docx();
	}

	@Test
	void aTableWhoseTotalsAndRatesFollowFromItsRowsHasNoFinding() {
		var rows = List.of(List.of("人员经费", "1,200.00", "1,150.50", "95.88%", "1,100.00"),
				List.of("公用经费", "300.00", "280.00", "93.33%", "290.00"),
				List.of("合计", "1,500.00", "1,430.50", "95.37%", "1,390.00"));
		assertThat(checks.tables(docx(rows), "t")).isEmpty();
	}

	@Test
	void aWrongTotalAndAWrongRateAreErrorsWithTheArithmetic() {
		var rows = List.of(List.of("人员经费", "1,200.00", "1,150.50", "95.88%", "1,100.00"),
				List.of("公用经费", "300.00", "280.00", "39.33%", "290.00"),
				List.of("合计", "1,500.00", "1,480.50", "95.37%", "1,390.00"));
		List<Finding> findings = checks.tables(docx(rows), "t");
		assertThat(findings).extracting(Finding::severity).containsOnly(CheckSeverity.ERROR);
		assertThat(findings).extracting(Finding::message)
			.anySatisfy(m -> assertThat(m).contains("1480.50").contains("1150.50"))
			.anySatisfy(m -> assertThat(m).contains("39.33"));
	}

	@Test
	void aThresholdInANarrativeIsNotTakenForAFigureButAWrongFigureIs() {
		var outline = new Outline("o", ReportKind.DEPARTMENT, "o", List.of(), false);
		var report = new Report(1, ReportKind.DEPARTMENT, 1, 1, 2025, "o", ReportStatus.DRAFT, 1, java.util.Map.of(),
				"", null, 1);
		var generated = new ReportDraft.Generated("收支总体",
				List.of(new Manuscript.Paragraph("部门预算 679.60 万元，实际支出 654.61 万元，预算执行率 96.32%。")));
		var narrative = new ReportDraft.Narrative("说明",
				"执行率低于 90% 的项目没有；全年支出 654.61 万元，执行率 96.32%；" + "部门预算 680 万元以上。基本支出 12.00 万元。", null);
		var draft = new ReportDraft(report, outline, "t", "s",
				List.of(new ReportDraft.Section(1, "一、", List.of(generated, narrative))), List.of());
		assertThat(checks.narratives(draft)).extracting(Finding::message)
			.singleElement()
			.asString()
			.contains("支出 12.00 万元");
	}

}
