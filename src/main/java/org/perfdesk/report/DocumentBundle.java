package org.perfdesk.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.perfdesk.evaluation.EvaluationSheet;
import org.perfdesk.evaluation.EvaluationStatus;
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
import org.perfdesk.targets.PerformanceTarget;
import org.perfdesk.targets.TargetExports;
import org.perfdesk.targets.TargetStatus;
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

		REPORT("report"), DEPARTMENT("department"), PROJECTS("projects"), TARGETS("targets");

		private final String word;

		Part(String word) {
			this.word = word;
		}

		public String word() {
			return word;
		}

		/** "report,projects" → REPORT, PROJECTS; blank means all. */
		public static Set<Part> parse(String list) {
			if (list == null || list.isBlank()) {
				return EnumSet.allOf(Part.class);
			}
			if (list.length() > 40) {
				throw new RuleViolation("only", "文书列表过长：只能是 report、department、projects、targets，用逗号分隔");
			}
			Set<Part> parts = EnumSet.noneOf(Part.class);
			for (String w : list.split(",")) {
				parts.add(java.util.Arrays.stream(values())
					.filter(p -> p.word.equals(w.strip()))
					.findFirst()
					.orElseThrow(() -> new RuleViolation("only", "不认识的文书“" + w.strip()
							+ "”：只能是 report（自评报告）、department（部门整体支出表）、projects（项目自评表）、targets（绩效目标表）")));
			}
			return parts;
		}

	}

	/** One file of the bundle. */
	public record Document(String fileName, byte[] bytes) {
	}

	/**
	 * One file of the bundle before it is rendered: which record, which of its tables (a
	 * department evaluation has two), which format, and whether the record is approved
	 * (已批复), which is what a 公开 pack asks for. Planned cheaply, rendered one at a time by
	 * {@link #render}, so a long export can be done, counted and resumed file by file.
	 */
	public record Item(Part part, long recordId, String table, Format format, boolean approved) {

		public Item {
			java.util.Objects.requireNonNull(part, "part");
			java.util.Objects.requireNonNull(format, "format");
		}

	}

	private final ReportManagement reports;

	private final DepartmentSelfEvaluationManagement departmentEvaluations;

	private final DepartmentSelfEvaluationExports departmentExports;

	private final SelfEvaluationManagement evaluations;

	private final SelfEvaluationExports evaluationExports;

	private final TargetExports targetExports;

	private final OrgDirectory directory;

	DocumentBundle(ReportManagement reports, DepartmentSelfEvaluationManagement departmentEvaluations,
			DepartmentSelfEvaluationExports departmentExports, SelfEvaluationManagement evaluations,
			SelfEvaluationExports evaluationExports, TargetExports targetExports, OrgDirectory directory) {
		this.reports = reports;
		this.departmentEvaluations = departmentEvaluations;
		this.departmentExports = departmentExports;
		this.evaluations = evaluations;
		this.evaluationExports = evaluationExports;
		this.targetExports = targetExports;
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

	/** The departments (主管部门) the scope reads, in the organisation's order. */
	public List<Unit> departments(DataScope scope) {
		return directory.tree().stream().filter(u -> u.kind() == UnitKind.DEPARTMENT && scope.canRead(u.id())).toList();
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
		return items(scope, departmentId, year, formats, parts).stream().map(i -> render(scope, i)).toList();
	}

	/**
	 * The files the bundle holds, in order (the reports, the department's tables, the
	 * projects' self-evaluation tables, the target tables), without rendering them.
	 */
	public List<Item> items(DataScope scope, long departmentId, FiscalYear year, Set<Format> formats, Set<Part> parts) {
		Unit department = directory.find(departmentId)
			.filter(u -> scope.canRead(u.id()))
			.orElseThrow(() -> new RecordNotFound("部门", departmentId));
		List<Item> items = new ArrayList<>();
		var units = directory.subtree(department.id()).stream().map(Unit::id).toList();
		if (parts.contains(Part.REPORT)) {
			// every report of the year written in the department or its units: the
			// department's own, its projects', its special funds' and its monitoring
			// reports
			for (Report report : reports.list(scope, year)) {
				if (units.contains(report.unitId())) {
					boolean approved = report.status() == ReportStatus.APPROVED;
					for (Format f : List.of(Format.DOCX, Format.PDF)) {
						if (formats.contains(f)) {
							items.add(new Item(Part.REPORT, report.id(), null, f, approved));
						}
					}
				}
			}
		}
		if (parts.contains(Part.DEPARTMENT)) {
			for (DepartmentSelfEvaluation e : departmentEvaluations.list(scope, year)) {
				if (e.departmentId() == department.id()) {
					for (DepartmentSelfEvaluationExports.Table table : DepartmentSelfEvaluationExports.Table.values()) {
						for (Format f : TABLE_FORMATS) {
							if (formats.contains(f)) {
								items.add(new Item(Part.DEPARTMENT, e.id(), table.name(), f,
										e.status() == EvaluationStatus.APPROVED));
							}
						}
					}
				}
			}
		}
		if (parts.contains(Part.PROJECTS)) {
			for (SelfEvaluation e : evaluations.list(scope, year)) {
				if (units.contains(e.unitId())) {
					for (Format f : TABLE_FORMATS) {
						if (formats.contains(f)) {
							items
								.add(new Item(Part.PROJECTS, e.id(), null, f, e.status() == EvaluationStatus.APPROVED));
						}
					}
				}
			}
		}
		if (parts.contains(Part.TARGETS)) {
			for (PerformanceTarget t : targetExports.list(scope, year)) {
				if (units.contains(t.unitId())) {
					for (Format f : TABLE_FORMATS) {
						if (formats.contains(f)) {
							items.add(new Item(Part.TARGETS, t.id(), null, f, t.status() == TargetStatus.APPROVED));
						}
					}
				}
			}
		}
		return items;
	}

	private static final List<Format> TABLE_FORMATS = List.of(Format.XLSX, Format.DOCX, Format.PDF);

	/** One planned file, rendered now under the scope (which is checked again). */
	public Document render(DataScope scope, Item item) {
		String ext = "." + item.format().extension();
		return switch (item.part()) {
			case REPORT -> {
				ReportDraft draft = reports.draft(scope, item.recordId());
				yield new Document(draft.fileName() + ext,
						item.format() == Format.PDF ? draft.manuscript().pdf() : draft.manuscript().docx());
			}
			case DEPARTMENT -> {
				var table = DepartmentSelfEvaluationExports.Table.valueOf(item.table());
				long id = item.recordId();
				yield new Document(departmentExports.fileName(scope, id, table) + ext, switch (item.format()) {
					case XLSX -> departmentExports.workbook(scope, id, table);
					case DOCX -> departmentExports.document(scope, id, table);
					case PDF -> departmentExports.pdf(scope, id, table);
				});
			}
			case PROJECTS -> {
				EvaluationSheet sheet = evaluations.sheet(scope, item.recordId());
				yield new Document(SelfEvaluationExports.fileName(sheet) + ext, switch (item.format()) {
					case XLSX -> evaluationExports.workbook(sheet);
					case DOCX -> evaluationExports.document(sheet);
					case PDF -> evaluationExports.pdf(sheet);
				});
			}
			case TARGETS -> new Document(targetExports.fileName(scope, item.recordId()) + ext,
					targetExports.render(scope, item.recordId(), item.format().extension()));
		};
	}

}
