package org.perfdesk.budget;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Unit;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RuleViolation;
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
 * 项目库 pages: the list for the chosen fiscal year, one project, and the register / revise
 * form.
 */
@Controller
@RequestMapping("/projects")
class ProjectController {

	private final ProjectManagement projects;

	private final CurrentUser currentUser;

	private final OrgDirectory directory;

	ProjectController(ProjectManagement projects, CurrentUser currentUser, OrgDirectory directory) {
		this.projects = projects;
		this.currentUser = currentUser;
		this.directory = directory;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q, Model model) {
		DataScope scope = currentUser.scope();
		FiscalYear year = currentUser.fiscalYear();
		List<Project> list = projects.search(scope, year, unitId, q);
		model.addAttribute("q", q);
		model.addAttribute("projects", list);
		model.addAttribute("unitNames", unitNames(scope));
		model.addAttribute("units", directory.tree().stream().filter(u -> scope.canRead(u.id())).toList());
		model.addAttribute("unitId", unitId);
		model.addAttribute("canRegister", scope.canWriteAnything());
		model.addAttribute("total", ProjectWorkbook.sum(list, Project::totalBudget));
		model.addAttribute("totalFiscal", ProjectWorkbook.sum(list, Project::fiscalAppropriation));
		model.addAttribute("totalCarryOver", ProjectWorkbook.sum(list, Project::carryOver));
		model.addAttribute("totalOther", ProjectWorkbook.sum(list, Project::otherFunds));
		return "budget/projects";
	}

	/** The list as shown, as an .xlsx download (项目库导出). */
	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) Long unitId,
			@RequestParam(required = false) String q) {
		DataScope scope = currentUser.scope();
		FiscalYear year = currentUser.fiscalYear();
		byte[] xlsx = ProjectWorkbook.write(year, projects.search(scope, year, unitId, q), unitNames(scope));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("项目库-" + year + ".xlsx", StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(xlsx);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		DataScope scope = currentUser.scope();
		Project project = projects.find(scope, id);
		model.addAttribute("project", project);
		model.addAttribute("unitName", directory.nameOf(project.unitId()));
		model.addAttribute("canEdit", scope.canWrite(project.unitId()));
		return "budget/project";
	}

	@GetMapping("/new")
	String registerForm(Model model) {
		DataScope scope = currentUser.scope();
		if (!scope.canWriteAnything()) {
			throw new AccessDeniedException("只有单位填报人可以登记项目");
		}
		return form(model, ProjectForm.blank(currentUser.fiscalYear().value()), null, Map.of());
	}

	@PostMapping
	String register(@ModelAttribute("form") ProjectForm form, Model model, RedirectAttributes redirect) {
		DataScope scope = currentUser.scope();
		var errors = new LinkedHashMap<String, String>();
		ProjectDraft draft = form.toDraft(currentUser.fiscalYear().value(), errors);
		try {
			if (!errors.isEmpty()) {
				draft.orDefaults(scope.ownUnitId(), null).problems().forEach(errors::putIfAbsent);
				throw new RuleViolation(errors);
			}
			Project created = projects.register(scope, draft);
			redirect.addFlashAttribute("message", "项目“" + created.name() + "”已登记");
			return "redirect:/projects/" + created.id();
		}
		catch (RuleViolation e) {
			return form(model, form, null, e.errors());
		}
	}

	@GetMapping("/{id}/edit")
	String reviseForm(@PathVariable long id, Model model) {
		DataScope scope = currentUser.scope();
		Project project = projects.find(scope, id);
		if (!scope.canWrite(project.unitId())) {
			throw new AccessDeniedException("无权修改该项目");
		}
		return form(model, ProjectForm.of(project), project, Map.of());
	}

	@PostMapping("/{id}")
	String revise(@PathVariable long id, @ModelAttribute("form") ProjectForm form, Model model,
			RedirectAttributes redirect) {
		DataScope scope = currentUser.scope();
		Project project = projects.find(scope, id);
		var errors = new LinkedHashMap<String, String>();
		ProjectDraft draft = form.toDraft(project.fiscalYear(), errors)
			.orDefaults(project.unitId(), project.fiscalYear());
		try {
			if (!scope.canWrite(project.unitId())) {
				throw new AccessDeniedException("无权修改该项目");
			}
			if (!errors.isEmpty()) {
				draft.problems().forEach(errors::putIfAbsent);
				throw new RuleViolation(errors);
			}
			if (form.getVersion() == null) {
				throw new RuleViolation(null, "表单缺少版本号，请刷新页面后重试");
			}
			projects.revise(scope, id, form.getVersion(), draft);
			redirect.addFlashAttribute("message", "已保存");
			return "redirect:/projects/" + id;
		}
		catch (RuleViolation e) {
			return form(model, form, project, e.errors());
		}
		catch (ConcurrentChange e) {
			return form(model, form, project, Map.of("version", e.getMessage()));
		}
	}

	private String form(Model model, ProjectForm form, Project project, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("project", project);
		model.addAttribute("errors", errors);
		model.addAttribute("types", ProjectType.values());
		model.addAttribute("unitName",
				directory.nameOf(project == null ? currentUser.scope().ownUnitId() : project.unitId()));
		return "budget/project-form";
	}

	private Map<Long, String> unitNames(DataScope scope) {
		var names = new LinkedHashMap<Long, String>();
		for (Unit u : directory.tree()) {
			if (scope.canRead(u.id())) {
				names.put(u.id(), u.name());
			}
		}
		return names;
	}

}
