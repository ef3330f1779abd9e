package org.perfdesk.report;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfdesk.consistency.CheckSeverity;
import org.perfdesk.consistency.ConsistencyChecks;
import org.perfdesk.consistency.Finding;
import org.perfdesk.document.Manuscript;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's tables as read back from the .docx: a 合计 or a 执行率 that does not follow from its row is found. */
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
}
