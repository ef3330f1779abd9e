package org.perfdesk.targets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.perfdesk.budget.Project;
import org.perfdesk.budget.ProjectManagement;
import org.perfdesk.indicator.IndicatorScheme;
import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Unit;
import org.perfdesk.org.UnitKind;
import org.perfdesk.review.ReviewDecision;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.Grade;
import org.perfdesk.shared.RuleViolation;
import org.perfdesk.targets.quality.Finding;
import org.perfdesk.targets.quality.Severity;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 绩效目标 pages: the year's targets (and the projects still without one), one target with
 * its findings, reviews, versions and history, the declare / revise form, the review and
 * adjustment actions, and the downloads.
 */
@Controller
@RequestMapping("/targets")
class TargetController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final TargetManagement targets;

	private final ProjectManagement projects;

	private final CurrentUser currentUser;

	private final OrgDirectory directory;

	private final TargetExports exports;

	private final SpendingCheckpointSettings checkpoints;

	private final org.perfdesk.importing.ImportManagement imports;

	TargetController(TargetManagement targets, ProjectManagement projects, CurrentUser currentUser,
			OrgDirectory directory, SpendingCheckpointSettings checkpoints, TargetExports exports,
			org.perfdesk.importing.ImportManagement imports) {
		this.imports = imports;
		this.targets = targets;
		this.projects = projects;
		this.currentUser = currentUser;
		this.directory = directory;
		this.checkpoints = checkpoints;
		this.exports = exports;
	}

	/**
	 * One line of the list: a project or department with its current target, or none yet.
	 */
	record Line(String unitName, String subject, Long projectId, Long departmentId, PerformanceTarget target,
			int indicators, boolean mayDeclare, boolean mayReview) {
	}

	@GetMapping
	String list(@RequestParam(required = false) String status, Model model) {
		DataScope scope = currentUser.scope();
		FiscalYear year = currentUser.fiscalYear();
		List<PerformanceTarget> current = targets.list(scope, year, null);
		Map<Long, Integer> counts = targets.indicatorCounts(current);
		Map<String, PerformanceTarget> bySubject = new LinkedHashMap<>();
		current.forEach(t -> bySubject.put(PerformanceTarget.subjectKey(t.kind(), t.unitId(), t.projectId()), t));
		List<Line> projectLines = new ArrayList<>();
		for (Project p : projects.list(scope, year, null)) {
			PerformanceTarget t = bySubject.get(PerformanceTarget.subjectKey(TargetKind.PROJECT, p.unitId(), p.id()));
			projectLines.add(new Line(directory.nameOf(p.unitId()), p.code() + " " + p.name(), p.id(), null, t,
					t == null ? 0 : counts.getOrDefault(t.id(), 0), t == null && scope.canWrite(p.unitId()),
					t != null && targets.mayReview(scope, t)));
		}
		List<Line> departmentLines = new ArrayList<>();
		for (Unit u : directory.tree()) {
			if (u.kind() != UnitKind.DEPARTMENT || !scope.canRead(u.id())) {
				continue;
			}
			PerformanceTarget t = bySubject.get(PerformanceTarget.subjectKey(TargetKind.DEPARTMENT, u.id(), null));
			departmentLines.add(new Line(u.name(), u.name() + " 部门整体支出", null, u.id(), t,
					t == null ? 0 : counts.getOrDefault(t.id(), 0), t == null && scope.canWrite(u.id()),
					t != null && targets.mayReview(scope, t)));
		}
		TargetStatus filter = parseStatus(status);
		if (filter != null || "NONE".equals(status)) {
			projectLines.removeIf(l -> !matches(l, filter));
			departmentLines.removeIf(l -> !matches(l, filter));
		}
		if ("MINE".equals(status)) {
			projectLines.removeIf(l -> !l.mayReview());
			departmentLines.removeIf(l -> !l.mayReview());
		}
		model.addAttribute("projectLines", projectLines);
		model.addAttribute("departmentLines", departmentLines);
		model.addAttribute("statuses", TargetStatus.values());
		model.addAttribute("status", status);
		model.addAttribute("statusCounts", targets.countByStatus(scope, year));
		model.addAttribute("scheme", targets.schemeFor(year.value()));
		return "targets/targets";
	}

	private static boolean matches(Line line, TargetStatus filter) {
		return filter == null ? line.target() == null : line.target() != null && line.target().status() == filter;
	}

	private static TargetStatus parseStatus(String status) {
		for (TargetStatus s : TargetStatus.values()) {
			if (s.name().equals(status)) {
				return s;
			}
		}
		return null;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		DataScope scope = currentUser.scope();
		PerformanceTarget target = targets.find(scope, id);
		Optional<Project> project = targets.projectOf(scope, target);
		List<Review> reviews = targets.reviews(scope, id);
		List<Finding> findings = targets.findings(scope, target);
		model.addAttribute("target", target);
		model.addAttribute("project", project.orElse(null));
		model.addAttribute("title", targets.label(scope, target));
		model.addAttribute("unitName", directory.nameOf(target.unitId()));
		model.addAttribute("rows", IndicatorTable.rows(target.content()));
		model.addAttribute("findings", findings);
		model.addAttribute("errorCount", findings.stream().filter(f -> f.severity() == Severity.ERROR).count());
		model.addAttribute("reviews", reviews);
		model.addAttribute("lastReturn", target.status() == TargetStatus.RETURNED
				? reviews.stream().filter(r -> r.decision() == ReviewDecision.RETURN).findFirst().orElse(null) : null);
		model.addAttribute("versions", targets.versions(scope, id));
		model.addAttribute("canEdit", targets.mayEdit(scope, target));
		model.addAttribute("canAdjust", targets.mayAdjust(scope, target));
		model.addAttribute("canReview", targets.mayReview(scope, target));
		model.addAttribute("awaiting", TargetReviewCheck.awaiting(target.status()));
		model.addAttribute("grades", Grade.values());
		model.addAttribute("checkpointLabels", checkpoints.checkpoints(target.fiscalYear()).labels());
		return "targets/target";
	}

	/**
	 * The new-target form; with {@code imported}, its indicator rows are those read from
	 * an imported document (文件导入), to be checked, completed and saved like any target.
	 */
	@GetMapping("/new")
	String declareForm(@RequestParam(required = false) Long project, @RequestParam(required = false) Long department,
			@RequestParam(required = false) Long imported, Model model) {
		DataScope scope = currentUser.scope();
		TargetForm form;
		if (project != null) {
			Project p = projects.find(scope, project);
			requireWrite(scope, p.unitId());
			IndicatorScheme scheme = targets.schemeFor(p.fiscalYear());
			form = TargetForm.blankProject(p.id(), p.fiscalAppropriation().plus(p.carryOver()), p.otherFunds(), scheme);
			imported(form, imported, scheme, model);
			return form(model, form, null, TargetKind.PROJECT, p, p.unitId(), p.fiscalYear(), Map.of());
		}
		long unitId = department != null ? department : scope.ownUnitId();
		requireWrite(scope, unitId);
		int year = currentUser.fiscalYear().value();
		form = TargetForm.blankDepartment(unitId, targets.schemeFor(year));
		imported(form, imported, targets.schemeFor(year), model);
		return form(model, form, null, TargetKind.DEPARTMENT, null, unitId, year, Map.of());
	}

	private void imported(TargetForm form, Long imported, IndicatorScheme scheme, Model model) {
		if (imported == null) {
			return;
		}
		var rows = imports.indicatorsOf(currentUser.scope(), currentUser.account().username(), imported);
		form.startFrom(rows, scheme);
		int taken = Math.min(rows.size(), TargetForm.MAX_IMPORTED);
		model.addAttribute("message", "已带入导入文书中的 " + taken + " 个指标"
				+ (taken < rows.size() ? "（共 " + rows.size() + " 个，表单最多 " + TargetForm.MAX_IMPORTED + " 个）" : "")
				+ "，请核对、补全后保存为草稿");
	}

	@PostMapping("/new")
	String declare(@ModelAttribute("form") TargetForm form, Model model, RedirectAttributes redirect) {
		DataScope scope = currentUser.scope();
		var errors = new LinkedHashMap<String, String>();
		Project project = form.getProjectId() == null ? null : projects.find(scope, form.getProjectId());
		TargetKind kind = project == null ? TargetKind.DEPARTMENT : TargetKind.PROJECT;
		long unitId = project != null ? project.unitId()
				: form.getUnitId() != null ? form.getUnitId() : scope.ownUnitId();
		int year = project != null ? project.fiscalYear() : currentUser.fiscalYear().value();
		IndicatorScheme scheme = targets.schemeFor(year);
		TargetContent content = form.toContent(kind, scheme, year, checkpoints.checkpoints(year).labels(), errors);
		try {
			if (!errors.isEmpty()) {
				throw new RuleViolation(errors);
			}
			PerformanceTarget created = project != null ? targets.declareProject(scope, project.id(), content)
					: targets.declareDepartment(scope, unitId, FiscalYear.of(year), content);
			redirect.addFlashAttribute("message", "绩效目标已保存为草稿；检查无误后请提交审核");
			return "redirect:/targets/" + created.id();
		}
		catch (RuleViolation e) {
			return form(model, form, null, kind, project, unitId, year, merge(errors, e.errors()));
		}
	}

	/**
	 * 检查: runs the quality rules on the form as it stands, without saving, and answers
	 * with the findings fragment (htmx), so the filler sees what a reviewer would flag
	 * before saving or submitting.
	 */
	@PostMapping("/check")
	String check(@ModelAttribute("form") TargetForm form, Model model) {
		DataScope scope = currentUser.scope();
		Project project = form.getProjectId() == null ? null : projects.find(scope, form.getProjectId());
		TargetKind kind = project == null ? TargetKind.DEPARTMENT : TargetKind.PROJECT;
		int year = project != null ? project.fiscalYear() : currentUser.fiscalYear().value();
		var errors = new LinkedHashMap<String, String>();
		List<String> labels = checkpoints.checkpoints(year).labels();
		TargetContent content = form.toContent(kind, targets.schemeFor(year), year, labels, errors);
		// what could not be read keeps its own message; the content checks only add what
		// is wrong besides
		TargetContentChecks.problems(content, project == null ? null : project.totalBudget(), labels)
			.forEach(errors::putIfAbsent);
		List<Finding> findings = errors.isEmpty()
				? targets.check(scope, content, year, project == null ? null : project.id()) : List.of();
		model.addAttribute("inputErrors", errors);
		model.addAttribute("findings", findings);
		model.addAttribute("errorCount", findings.stream().filter(f -> f.severity() == Severity.ERROR).count());
		return "targets/check :: results";
	}

	@GetMapping("/{id}/edit")
	String reviseForm(@PathVariable long id, Model model) {
		DataScope scope = currentUser.scope();
		PerformanceTarget target = targets.find(scope, id);
		requireWrite(scope, target.unitId());
		if (!target.editable()) {
			return "redirect:/targets/" + id;
		}
		return form(model, TargetForm.of(target), target, target.kind(), targets.projectOf(scope, target).orElse(null),
				target.unitId(), target.fiscalYear(), Map.of());
	}

	@PostMapping("/{id}/edit")
	String revise(@PathVariable long id, @ModelAttribute("form") TargetForm form, Model model,
			RedirectAttributes redirect) {
		DataScope scope = currentUser.scope();
		PerformanceTarget target = targets.find(scope, id);
		Project project = targets.projectOf(scope, target).orElse(null);
		var errors = new LinkedHashMap<String, String>();
		TargetContent content = form.toContent(target.kind(), target.content().scheme(), target.fiscalYear(),
				checkpoints.checkpoints(target.fiscalYear()).labels(), errors);
		try {
			requireWrite(scope, target.unitId());
			if (!errors.isEmpty()) {
				throw new RuleViolation(errors);
			}
			if (form.getVersion() == null) {
				throw new RuleViolation(null, "表单缺少版本号，请刷新页面后重试");
			}
			targets.revise(scope, id, form.getVersion(), content);
			redirect.addFlashAttribute("message", "已保存");
			return "redirect:/targets/" + id;
		}
		catch (RuleViolation e) {
			return form(model, form, target, target.kind(), project, target.unitId(), target.fiscalYear(),
					merge(errors, e.errors()));
		}
		catch (ConcurrentChange e) {
			return form(model, form, target, target.kind(), project, target.unitId(), target.fiscalYear(),
					Map.of("version", e.getMessage() + "。您填写的内容仍在下方，请复制保存后刷新页面查看对方的修改"));
		}
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return act(id, redirect, "已提交，等待部门审核", () -> targets.submit(currentUser.scope(), id, version));
	}

	@PostMapping("/{id}/review")
	String review(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) ReviewDecision decision, @RequestParam(required = false) String opinion,
			@RequestParam(required = false) Grade completeness, @RequestParam(required = false) Grade relevance,
			@RequestParam(required = false) Grade appropriateness, @RequestParam(required = false) Grade feasibility,
			RedirectAttributes redirect) {
		var input = new ReviewInput(decision, opinion, completeness, relevance, appropriateness, feasibility);
		String message = decision == ReviewDecision.RETURN ? "已退回填报单位修改" : "审核通过";
		redirect.addFlashAttribute("reviewInput", input);
		return act(id, redirect, message,
				() -> targets.review(currentUser.scope(), id, version, input, currentUser.account().displayName()));
	}

	@PostMapping("/{id}/adjust")
	String adjust(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			PerformanceTarget adjusted = targets.adjust(currentUser.scope(), id, version, reason);
			redirect.addFlashAttribute("message", "已建立第 " + adjusted.revision() + " 版（调整），原批复版本保留可查");
			return "redirect:/targets/" + adjusted.id() + "/edit";
		}
		catch (RuleViolation | ConcurrentChange e) {
			redirect.addFlashAttribute("error", messageOf(e));
			return "redirect:/targets/" + id;
		}
	}

	/** 绩效目标表 as .xlsx, .docx or .pdf, in the layout of the published forms. */
	@GetMapping("/{id}/export.{format:xlsx|docx|pdf}")
	ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable String format) {
		DataScope scope = currentUser.scope();
		return download(exports.render(scope, id, format), exports.fileName(scope, id) + "." + format,
				mediaType(format));
	}

	private static MediaType mediaType(String format) {
		return switch (format) {
			case "xlsx" -> XLSX;
			case "docx" -> DOCX;
			default -> MediaType.APPLICATION_PDF;
		};
	}

	@GetMapping("/rules")
	String rules(Model model) {
		model.addAttribute("rules", targets.quality().rules());
		return "targets/rules";
	}

	private static ResponseEntity<byte[]> download(byte[] bytes, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.contentType(type)
			.body(bytes);
	}

	private String act(long id, RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", success);
		}
		catch (RuleViolation | ConcurrentChange e) {
			redirect.addFlashAttribute("error", messageOf(e));
			if (e instanceof RuleViolation v) {
				redirect.addFlashAttribute("actionErrors", v.errors());
			}
		}
		return "redirect:/targets/" + id;
	}

	private static String messageOf(RuntimeException e) {
		if (e instanceof RuleViolation v && !v.errors().isEmpty()) {
			return String.join("；", v.errors().values());
		}
		return e.getMessage();
	}

	private void requireWrite(DataScope scope, long unitId) {
		if (!scope.canWrite(unitId)) {
			throw new AccessDeniedException("只有本单位填报人可以填报、修改绩效目标");
		}
	}

	private static Map<String, String> merge(Map<String, String> first, Map<String, String> second) {
		var all = new LinkedHashMap<String, String>(first);
		second.forEach(all::putIfAbsent);
		return all;
	}

	private String form(Model model, TargetForm form, PerformanceTarget target, TargetKind kind, Project project,
			long unitId, int year, Map<String, String> errors) {
		IndicatorScheme scheme = target != null ? target.content().scheme() : targets.schemeFor(year);
		model.addAttribute("form", form);
		model.addAttribute("target", target);
		model.addAttribute("kind", kind);
		model.addAttribute("project", project);
		model.addAttribute("unitName", directory.nameOf(unitId));
		model.addAttribute("year", year);
		model.addAttribute("scheme", scheme);
		model.addAttribute("tree", scheme.tree());
		model.addAttribute("bases", ValueBasis.values());
		model.addAttribute("errors", errors);
		model.addAttribute("checkpointLabels", checkpoints.checkpoints(year).labels());
		return "targets/target-form";
	}

}
