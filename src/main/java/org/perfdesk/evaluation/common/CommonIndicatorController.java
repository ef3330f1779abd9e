package org.perfdesk.evaluation.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 共性指标模板 page: a year's common indicators with their formulas, directions, weights and
 * rules; the finance bureau's reviewer edits them, everyone else reads (like the 指标体系
 * settings).
 */
@Controller
@RequestMapping("/settings/common-indicators")
class CommonIndicatorController {

	/**
	 * Years on each side of the chosen one: last year's evaluations are scored with it,
	 * this year's come next.
	 */
	static final int YEARS_AROUND = 2;

	/** Empty rows offered at the end of the form for new indicators. */
	static final int BLANK_ROWS = 2;

	private final CommonIndicatorSettings settings;

	private final CurrentUser currentUser;

	CommonIndicatorController(CommonIndicatorSettings settings, CurrentUser currentUser) {
		this.settings = settings;
		this.currentUser = currentUser;
	}

	@GetMapping
	String show(@RequestParam(required = false) Integer year, Model model) {
		int chosen = year != null && FiscalYear.isValid(year) ? year : currentUser.fiscalYear().value();
		CommonIndicatorTemplate template = settings.forYear(chosen);
		return page(model, chosen, template, CommonIndicatorForm.of(template, BLANK_ROWS), Map.of());
	}

	@PostMapping
	String save(@RequestParam int year, @ModelAttribute("form") CommonIndicatorForm form, Model model,
			RedirectAttributes redirect) {
		DataScope scope = currentUser.scope();
		if (scope.role() != Role.FINANCE_REVIEWER) {
			throw new AccessDeniedException("只有财政审核人可以修改共性指标模板");
		}
		if (!FiscalYear.isValid(year)) {
			throw new RuleViolation("year", "预算年度无效");
		}
		var errors = new LinkedHashMap<String, String>();
		CommonIndicatorTemplate template = form.toTemplate(year, errors);
		if (!errors.isEmpty()) {
			return page(model, year, settings.forYear(year), form, errors);
		}
		try {
			settings.save(scope, template, form.getVersion());
			redirect.addFlashAttribute("message", year + " 年度共性指标模板已保存");
			return "redirect:/settings/common-indicators?year=" + year;
		}
		catch (RuleViolation e) {
			return page(model, year, settings.forYear(year), form, form.renumber(e.errors()));
		}
		catch (ConcurrentChange e) {
			return page(model, year, settings.forYear(year), form, Map.of("version", e.getMessage() + "，请刷新页面后再修改"));
		}
	}

	private String page(Model model, int year, CommonIndicatorTemplate template, CommonIndicatorForm form,
			Map<String, String> errors) {
		model.addAttribute("year", year);
		model.addAttribute("years",
				IntStream.rangeClosed(year - YEARS_AROUND, year + YEARS_AROUND)
					.filter(FiscalYear::isValid)
					.boxed()
					.toList());
		model.addAttribute("template", template);
		model.addAttribute("form", form);
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		model.addAttribute("canEdit", currentUser.scope().role() == Role.FINANCE_REVIEWER);
		model.addAttribute("formulas", CommonFormula.values());
		model.addAttribute("kinds", CommonRule.Kind.values());
		model.addAttribute("rules", template.indicators().stream().map(CommonIndicatorSettings::ruleText).toList());
		return "evaluation/common-indicators";
	}

}
