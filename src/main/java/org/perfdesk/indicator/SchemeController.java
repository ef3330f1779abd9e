package org.perfdesk.indicator;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 指标体系设置: the scheme of each fiscal year around the chosen one; the finance reviewer
 * changes it, others read.
 */
@Controller
@RequestMapping("/settings/schemes")
class SchemeController {

	/**
	 * Years shown on each side of the chosen one: last year's targets are still
	 * evaluated, next year's declared.
	 */
	static final int YEARS_AROUND = 2;

	private final SchemeSettings schemes;

	private final CurrentUser currentUser;

	SchemeController(SchemeSettings schemes, CurrentUser currentUser) {
		this.schemes = schemes;
		this.currentUser = currentUser;
	}

	@GetMapping
	String show(Model model) {
		int year = currentUser.fiscalYear().value();
		model.addAttribute("choices",
				IntStream.rangeClosed(year - YEARS_AROUND, year + YEARS_AROUND)
					.filter(FiscalYear::isValid)
					.mapToObj(schemes::choice)
					.toList());
		model.addAttribute("schemes", IndicatorScheme.values());
		model.addAttribute("canChoose", currentUser.scope().role() == Role.FINANCE_REVIEWER);
		return "indicator/schemes";
	}

	@PostMapping
	String choose(@RequestParam int year, @RequestParam(required = false) String scheme, RedirectAttributes redirect) {
		DataScope scope = currentUser.scope();
		IndicatorScheme chosen = Arrays.stream(IndicatorScheme.values())
			.filter(s -> s.name().equals(scheme))
			.findFirst()
			.orElse(null);
		try {
			SchemeChoice choice = schemes.choose(scope, year, chosen);
			redirect.addFlashAttribute("message", year + " 年度的指标体系已设为“" + choice.scheme().label() + "”");
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/settings/schemes";
	}

}
