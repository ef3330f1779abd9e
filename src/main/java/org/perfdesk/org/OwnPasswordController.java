package org.perfdesk.org;

import org.perfdesk.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 修改密码: every signed-in person changes their own password here; the account is always the
 * caller's own.
 */
@Controller
@RequestMapping("/password")
class OwnPasswordController {

	private final CurrentUser currentUser;

	private final AccountManagement accounts;

	OwnPasswordController(CurrentUser currentUser, AccountManagement accounts) {
		this.currentUser = currentUser;
		this.accounts = accounts;
	}

	@GetMapping
	String form() {
		return "org/password";
	}

	@PostMapping
	String change(@RequestParam String currentPassword, @RequestParam String password, @RequestParam String repeated,
			Model model, RedirectAttributes redirect) {
		try {
			accounts.changeOwnPassword(currentUser.account().id(), currentPassword, password, repeated);
			redirect.addFlashAttribute("message", "密码已修改，下次登录请使用新密码");
			return "redirect:/password";
		}
		catch (RuleViolation e) {
			model.addAttribute("error", e.getMessage());
			return "org/password";
		}
	}

}
