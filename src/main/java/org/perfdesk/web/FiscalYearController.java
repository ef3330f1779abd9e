package org.perfdesk.web;

import org.perfdesk.org.CurrentUser;
import org.perfdesk.shared.FiscalYear;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The fiscal-year choice in the page header; remembered on the account, so it survives
 * logging out.
 */
@Controller
class FiscalYearController {

	private final CurrentUser currentUser;

	FiscalYearController(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@PostMapping("/fiscal-year")
	String choose(@RequestParam int year, @RequestParam(defaultValue = "/") String back) {
		if (FiscalYear.isValid(year)) {
			currentUser.chooseFiscalYear(FiscalYear.of(year));
		}
		return "redirect:" + safeBack(back);
	}

	/**
	 * Only a path on this site: never an absolute or protocol-relative URL (no open
	 * redirect).
	 */
	static String safeBack(String back) {
		if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\") || back.contains("\r")
				|| back.contains("\n")) {
			return "/";
		}
		return back;
	}

}
