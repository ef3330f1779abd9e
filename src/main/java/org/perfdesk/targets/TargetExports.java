package org.perfdesk.targets;

import java.util.List;

import org.perfdesk.budget.Project;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Unit;
import org.perfdesk.shared.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 绩效目标表 as files, in the layout of the published forms: what the target page offers for
 * download and what a bulk export or a 部门预算公开 pack puts in its .zip, rendered the same
 * way. Read under the caller's data scope.
 */
@Service
@Transactional(readOnly = true)
public class TargetExports {

	private final TargetManagement targets;

	private final OrgDirectory directory;

	private final SpendingCheckpointSettings checkpoints;

	private final TargetForms forms = new TargetForms();

	TargetExports(TargetManagement targets, OrgDirectory directory, SpendingCheckpointSettings checkpoints) {
		this.targets = targets;
		this.directory = directory;
		this.checkpoints = checkpoints;
	}

	/** The current targets of the year within the scope, both kinds. */
	public List<PerformanceTarget> list(DataScope scope, FiscalYear year) {
		return targets.list(scope, year, null);
	}

	/** The target's form as {@code xlsx}, {@code docx} or {@code pdf}. */
	public byte[] render(DataScope scope, long id, String format) {
		PerformanceTarget target = targets.find(scope, id);
		TargetHeader header = header(scope, target);
		TargetContent content = target.content();
		TargetForms forms = this.forms.withCheckpoints(checkpoints.months(target.fiscalYear()));
		return switch (format) {
			case "xlsx" ->
				target.isProject() ? forms.projectWorkbook(header, content) : forms.departmentWorkbook(header, content);
			case "docx" ->
				target.isProject() ? forms.projectDocument(header, content) : forms.departmentDocument(header, content);
			case "pdf" -> target.isProject() ? forms.projectPdf(header, content) : forms.departmentPdf(header, content);
			default -> throw new IllegalArgumentException("format " + format);
		};
	}

	/**
	 * The file name without extension, e.g. {@code 2025-P001-青少年活动-项目支出绩效目标表}.
	 */
	public String fileName(DataScope scope, long id) {
		PerformanceTarget t = targets.find(scope, id);
		String name = t.isProject()
				? targets.projectOf(scope, t).map(p -> p.code() + "-" + p.name()).orElse("项目") + "-项目支出绩效目标表"
				: directory.nameOf(t.unitId()) + "-部门整体支出绩效目标表";
		return t.fiscalYear() + "-" + name + (t.revision() > 1 ? "-第" + t.revision() + "版" : "");
	}

	private TargetHeader header(DataScope scope, PerformanceTarget t) {
		Unit unit = directory.find(t.unitId()).orElseThrow();
		String department = directory.departmentOf(unit.id()).map(Unit::name).orElse(unit.name());
		Project p = targets.projectOf(scope, t).orElse(null);
		return new TargetHeader(department, unit.code(), unit.name(), t.fiscalYear(), p == null ? null : p.code(),
				p == null ? null : p.name(), p == null ? null : p.type().label(), p == null ? null : p.period(),
				p == null ? null : p.manager(), p == null ? null : p.totalBudget(), p == null ? null : p.purpose(),
				t.status().label(), t.revision());
	}

}
