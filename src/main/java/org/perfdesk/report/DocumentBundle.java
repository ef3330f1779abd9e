package org.perfdesk.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.perfdesk.evaluation.EvaluationSheet;
import org.perfdesk.evaluation.SelfEvaluation;
import org.perfdesk.evaluation.SelfEvaluationExports;
import org.perfdesk.evaluation.SelfEvaluationManagement;
import org.perfdesk.evaluation.department.DepartmentSelfEvaluation;
import org.perfdesk.evaluation.department.DepartmentSelfEvaluationExports;
import org.perfdesk.evaluation.department.DepartmentSelfEvaluationManagement;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Unit;
import org.perfdesk.org.UnitKind;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * All documents of a department and year, each in the formats asked for: the reports of
 * every kind written in the department and its units, the 部门整体支出绩效自评表 and 完成情况表, and the
 * 项目支出绩效自评表 of every project of the department and its units. Read under the caller's
 * data scope. File names say in Chinese which document, department or project and year
 * they hold, e.g. {@code 2025年度部门整体支出绩效自评报告-共青团示例市委员会.pdf}.
 */
@Service
@Transactional(readOnly = true)
public class DocumentBundle {

	public enum Format {

		DOCX, XLSX, PDF;

		public String extension() {
			return name().toLowerCase(Locale.ROOT);
		}

		/**
		 * "docx,pdf" → DOCX, PDF; refused with a Chinese message naming what is accepted.
		 */
		public static Set<Format> parse(String list) {
			Set<Format> formats = EnumSet.noneOf(Format.class);
			if (list == null || list.isBlank()) {
				return EnumSet.allOf(Format.class);
			}
			if (list.length() > 40) {
				throw new RuleViolation("format", "格式列表过长：只能是 docx、xlsx、pdf，用逗号分隔");
			}
			for (String part : list.split(",")) {
				try {
					formats.add(Format.valueOf(part.strip().toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException e) {
					throw new RuleViolation("format", "不认识的格式“" + part.strip() + "”：只能是 docx、xlsx、pdf，用逗号分隔");
				}
			}
			return formats;
		}

	}

	/** Which documents: the report, the department's two tables, the projects' tables. */
	public enum Part {

		REPORT("report"), DEPARTMENT("department"), PROJECTS("projects");

		private final String word;

		Part(String word) {
			this.word = word;
		}

		/** "report,projects" → REPORT, PROJECTS; blank means all. */
		public static Set<Part> parse(String list) {
			if (list == null || list.isBlank()) {
				return EnumSet.allOf(Part.class);
			}
			if (list.length() > 40) {
				throw new RuleViolation("only", "文书列表过长：只能是 report、department、projects，用逗号分隔");
			}
			Set<Part> parts = EnumSet.noneOf(Part.class);
			for (String w : list.split(",")) {
				parts.add(java.util.Arrays.stream(values())
					.filter(p -> p.word.equals(w.strip()))
					.findFirst()
					.orElseThrow(() -> new RuleViolation("only",
							"不认识的文书“" + w.strip() + "”：只能是 report（自评报告）、department（部门整体支出表）、projects（项目自评表）")));
			}
			return parts;
		}

	}

	/** One file of the bundle. */
	public record Document(String fileName, byte[] bytes) {
	}

	private final ReportManagement reports;

	private final DepartmentSelfEvaluationManagement departmentEvaluations;

	private final DepartmentSelfEvaluationExports departmentExports;

	private final SelfEvaluationManagement evaluations;

	private final SelfEvaluationExports evaluationExports;

	private final OrgDirectory directory;

	DocumentBundle(ReportManagement reports, DepartmentSelfEvaluationManagement departmentEvaluations,
			DepartmentSelfEvaluationExports departmentExports, SelfEvaluationManagement evaluations,
			SelfEvaluationExports evaluationExports, OrgDirectory directory) {
		this.reports = reports;
		this.departmentEvaluations = departmentEvaluations;
		this.departmentExports = departmentExports;
		this.evaluations = evaluations;
		this.evaluationExports = evaluationExports;
		this.directory = directory;
	}

	/** The department (主管部门) of this name, within the scope. */
	public Unit department(DataScope scope, String name) {
		return directory.tree()
			.stream()
			.filter(u -> u.kind() == UnitKind.DEPARTMENT && u.name().equals(name.strip()) && scope.canRead(u.id()))
			.findFirst()
			.orElseThrow(() -> new RuleViolation("department", "没有名为“" + name.strip() + "”的主管部门"));
	}

	/**
	 * Every document of the department and year that exists, in the given formats; none
	 * is invented.
	 */
	public List<Document> of(DataScope scope, long departmentId, FiscalYear year, Set<Format> formats) {
		return of(scope, departmentId, year, formats, EnumSet.allOf(Part.class));
	}

	/** The chosen parts of the bundle only. */
	public List<Document> of(DataScope scope, long departmentId, FiscalYear year, Set<Format> formats,
			Set<Part> parts) {
		Unit department = directory.find(departmentId)
			.filter(u -> scope.canRead(u.id()))
			.orElseThrow(() -> new RecordNotFound("部门", departmentId));
		List<Document> documents = new ArrayList<>();
		var units = directory.subtree(department.id()).stream().map(Unit::id).toList();
		// every report of the year written in the department or its units: the
		// department's
		// own, its projects', its special funds' and its monitoring reports
		for (Report report : parts.contains(Part.REPORT) ? reports.list(scope, year) : List.<Report>of()) {
			if (!units.contains(report.unitId())) {
				continue;
			}
			ReportDraft draft = reports.draft(scope, report.id());
			if (formats.contains(Format.DOCX)) {
				documents.add(new Document(draft.fileName() + ".docx", draft.manuscript().docx()));
			}
			if (formats.contains(Format.PDF)) {
				documents.add(new Document(draft.fileName() + ".pdf", draft.manuscript().pdf()));
			}
		}
		for (DepartmentSelfEvaluation e : departmentEvaluations.list(scope, year)) {
			if (e.departmentId() != department.id() || !parts.contains(Part.DEPARTMENT)) {
				continue;
			}
			for (DepartmentSelfEvaluationExports.Table table : DepartmentSelfEvaluationExports.Table.values()) {
				String name = departmentExports.fileName(scope, e.id(), table);
				if (formats.contains(Format.XLSX)) {
					documents.add(new Document(name + ".xlsx", departmentExports.workbook(scope, e.id(), table)));
				}
				if (formats.contains(Format.DOCX)) {
					documents.add(new Document(name + ".docx", departmentExports.document(scope, e.id(), table)));
				}
				if (formats.contains(Format.PDF)) {
					documents.add(new Document(name + ".pdf", departmentExports.pdf(scope, e.id(), table)));
				}
			}
		}
		for (SelfEvaluation e : evaluations.list(scope, year)) {
			if (!units.contains(e.unitId()) || !parts.contains(Part.PROJECTS)) {
				continue;
			}
			EvaluationSheet sheet = evaluations.sheet(scope, e.id());
			String name = SelfEvaluationExports.fileName(sheet);
			if (formats.contains(Format.XLSX)) {
				documents.add(new Document(name + ".xlsx", evaluationExports.workbook(sheet)));
			}
			if (formats.contains(Format.DOCX)) {
				documents.add(new Document(name + ".docx", evaluationExports.document(sheet)));
			}
			if (formats.contains(Format.PDF)) {
				documents.add(new Document(name + ".pdf", evaluationExports.pdf(sheet)));
			}
		}
		return documents;
	}

}
