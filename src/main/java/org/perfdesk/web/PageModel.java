package org.perfdesk.web;

import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import org.perfdesk.org.Account;
import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.shared.FiscalYear;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what the page header needs (who is signed in, the chosen fiscal year, the years to
 * choose from) into every page.
 */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

	/**
	 * Years offered in the header: a few back for past cycles, one ahead for declaring
	 * next year's targets.
	 */
	static final int YEARS_BACK = 4;

	private final CurrentUser currentUser;

	private final OrgDirectory directory;

	private final Clock clock;

	PageModel(CurrentUser currentUser, OrgDirectory directory, Clock clock) {
		this.currentUser = currentUser;
		this.directory = directory;
		this.clock = clock;
	}

	@ModelAttribute
	void header(Model model, HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return; // JSON answers have no page header; spare the API the lookups
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
			return;
		}
		Account me = currentUser.account();
		model.addAttribute("me", me);
		model.addAttribute("myUnitName", directory.nameOf(me.unitId()));
		model.addAttribute("fiscalYear", currentUser.fiscalYear());
		model.addAttribute("fiscalYears", years());
		model.addAttribute("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
	}

	List<Integer> years() {
		int now = FiscalYear.current(clock).value();
		return IntStream.rangeClosed(now - YEARS_BACK, now + 1).boxed().sorted((a, b) -> b - a).toList();
	}

}
