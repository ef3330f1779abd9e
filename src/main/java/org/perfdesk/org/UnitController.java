package org.perfdesk.org;

import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * 组织管理 pages: list the tree, create, rename, move, deactivate and reactivate units.
 * Administrators only.
 */
@Controller
@RequestMapping("/units")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UnitController {

	private final OrgDirectory directory;

	private final UnitManagement management;

	UnitController(OrgDirectory directory, UnitManagement management) {
		this.directory = directory;
		this.management = management;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("units", directory.tree());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new UnitForm());
		}
		model.addAttribute("kinds", UnitKind.values());
		return "org/units";
	}

	@PostMapping
	String create(@ModelAttribute("form") UnitForm form, Model model, RedirectAttributes redirect) {
		try {
			Unit unit = management.create(form.getKind(), form.getParentId(), form.getCode(), form.getName());
			redirect.addFlashAttribute("message", "已新增单位“" + unit.name() + "”");
			return "redirect:/units";
		}
		catch (RuleViolation e) {
			model.addAttribute("error", e.getMessage());
			return list(model);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Unit unit = directory.find(id).orElseThrow(() -> new RecordNotFound("单位", id));
		model.addAttribute("unit", unit);
		model.addAttribute("parents",
				directory.tree()
					.stream()
					.filter(p -> p.active() && unit.kind().mayBeChildOf(p.kind()) && !p.isWithin(unit))
					.toList());
		model.addAttribute("parentName", directory.nameOf(unit.parentId()));
		return "org/unit-edit";
	}

	@PostMapping("/{id}/rename")
	String rename(@PathVariable long id, @RequestParam int version, @RequestParam String name, Model model,
			RedirectAttributes redirect) {
		return act(id, model, redirect, () -> management.rename(id, version, name), "已改名");
	}

	@PostMapping("/{id}/move")
	String move(@PathVariable long id, @RequestParam long parentId, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, () -> management.move(id, parentId), "已移动");
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, () -> management.deactivate(id), "已停用（含下级单位），其数据仍可查阅");
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable long id, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, () -> management.activate(id), "已启用");
	}

	private String act(long id, Model model, RedirectAttributes redirect, Runnable action, String done) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
			return "redirect:/units/" + id;
		}
		catch (RuleViolation | ConcurrentChange e) {
			model.addAttribute("error", e.getMessage());
			return edit(id, model);
		}
	}

}
