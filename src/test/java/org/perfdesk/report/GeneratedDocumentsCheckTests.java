package org.perfdesk.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.perfdesk.DemoYear;
import org.perfdesk.IntegrationTest;
import org.perfdesk.consistency.CheckSeverity;
import org.perfdesk.consistency.Finding;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Role;
import org.perfdesk.org.Unit;
import org.perfdesk.org.UnitKind;
import org.perfdesk.shared.FiscalYear;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every document the demo generates, read back from the file and checked: each report of
 * every kind and year (its tables read back from the .docx, its narratives against its
 * figures) and the .docx of every table of every department's bundle. None may hold an
 * error: a published document with a wrong sum is the defect the product exists to
 * prevent.
 */
@IntegrationTest
class GeneratedDocumentsCheckTests {

	@Autowired
	ReportManagement reports;

	@Autowired
	ReportChecks checks;

	@Autowired
	DocumentBundle bundle;

	@Autowired
	OrgDirectory directory;

	final DataScope finance = new DataScope(Role.FINANCE_REVIEWER, 0, true, Set.of());

	@Test
	void noGeneratedDocumentOfTheDemoHasAnError() {
		List<String> errors = new ArrayList<>();
		int reportsChecked = 0;
		int tablesChecked = 0;
		for (int year : List.of(DemoYear.current() - 1, DemoYear.current())) {
			for (Report r : reports.list(finance, FiscalYear.of(year))) {
				ReportDraft draft = reports.draft(finance, r.id());
				errors.addAll(errorsOf(draft.fileName(), reports.findings(draft)));
				reportsChecked++;
			}
			for (Unit u : directory.tree()) {
				if (u.kind() != UnitKind.DEPARTMENT) {
					continue;
				}
				for (DocumentBundle.Document d : bundle.of(finance, u.id(), FiscalYear.of(year),
						EnumSet.of(DocumentBundle.Format.DOCX))) {
					errors.addAll(errorsOf(d.fileName(), checks.tables(d.bytes(), d.fileName())));
					tablesChecked++;
				}
			}
		}
		// the demo has reports of all four kinds and tables of both departments
		assertThat(reportsChecked).isGreaterThanOrEqualTo(4);
		assertThat(tablesChecked).isGreaterThan(reportsChecked);
		assertThat(errors).isEmpty();
	}

	@Test
	void theCheckerWouldSeeAWrongTotalInAReportReadBack() {
		Report any = reports.list(finance, FiscalYear.of(DemoYear.current() - 1))
			.stream()
			.filter(r -> r.kind() == ReportKind.SPECIAL_FUND)
			.findFirst()
			.orElseThrow();
		ReportDraft draft = reports.draft(finance, any.id());
		var m = new org.perfdesk.document.Manuscript(draft.title(), draft.subjectName());
		m.add(new org.perfdesk.document.Manuscript.Table("t", List.of("项目名称", "全年预算数", "执行数"),
				List.of(List.of("甲", "10.00", "5.00"), List.of("乙", "20.00", "5.00"), List.of("合计", "31.00", "10.00")),
				new boolean[] { false, true, true }, true));
		assertThat(errorsOf("t", checks.tables(m.docx(), "t"))).hasSize(1);
	}

	private static List<String> errorsOf(String file, List<Finding> findings) {
		return findings.stream()
			.filter(f -> f.severity() == CheckSeverity.ERROR)
			.map(f -> file + "：" + f.message())
			.toList();
	}

}
