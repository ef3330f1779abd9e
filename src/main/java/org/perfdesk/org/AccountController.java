package org.perfdesk.org;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 用户管理 pages: list, create, change role/unit/status, reset a password. Administrators
 * only.
 */
@Controller
@RequestMapping("/accounts")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AccountController {

	private final AccountManagement accounts;

	private final OrgDirectory directory;

	AccountController(AccountManagement accounts, OrgDirectory directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	@GetMapping
	String list(Model model) {
		Map<Long, Unit> units = directory.tree().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
		model.addAttribute("accounts", accounts.all());
		model.addAttribute("unitsById", units);
		model.addAttribute("units", directory.tree().stream().filter(Unit::active).toList());
		model.addAttribute("roles", Role.values());
		return "org/accounts";
	}

	@PostMapping
	String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String password,
			@RequestParam Role role, @RequestParam long unitId, Model model, RedirectAttributes redirect) {
		try {
			accounts.create(username, displayName, password, role, unitId);
			redirect.addFlashAttribute("message", "已新增账号 " + username);
			return "redirect:/accounts";
		}
		catch (RuleViolation e) {
			model.addAttribute("error", e.getMessage());
			model.addAttribute("draft",
					Map.of("username", username, "displayName", displayName, "role", role, "unitId", unitId));
			return list(model);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("account", accounts.find(id));
		model.addAttribute("units", directory.tree().stream().filter(Unit::active).toList());
		model.addAttribute("roles", Role.values());
		return "org/account-edit";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam int version, @RequestParam String displayName,
			@RequestParam Role role, @RequestParam long unitId, @RequestParam(defaultValue = "false") boolean enabled,
			Model model, RedirectAttributes redirect) {
		try {
			accounts.revise(id, version, displayName, role, unitId, enabled);
			redirect.addFlashAttribute("message", "已保存");
			return "redirect:/accounts/" + id;
		}
		catch (RuleViolation | ConcurrentChange e) {
			model.addAttribute("error", e.getMessage());
			return edit(id, model);
		}
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam String password, Model model,
			RedirectAttributes redirect) {
		try {
			accounts.resetPassword(id, password);
			redirect.addFlashAttribute("message", "密码已重置，登录锁定已解除");
			return "redirect:/accounts/" + id;
		}
		catch (RuleViolation e) {
			model.addAttribute("error", e.getMessage());
			return edit(id, model);
		}
	}

}
