package org.perfdesk.report;

import java.util.LinkedHashMap;
import java.util.Map;

import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 报告提纲 pages: every outline of the department report with the year's choice, and the
 * editor where the finance bureau writes a regional outline as plain text. Everybody
 * reads; only the finance bureau writes and chooses.
 */
@Controller
@RequestMapping("/reports/outlines")
class OutlineController {

	private final Outlines outlines;

	private final CurrentUser currentUser;

	OutlineController(Outlines outlines, CurrentUser currentUser) {
		this.outlines = outlines;
		this.currentUser = currentUser;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year,
			@RequestParam(required = false, defaultValue = "DEPARTMENT") ReportKind kind, Model model) {
		int chosen = year != null && FiscalYear.isValid(year) ? year : currentUser.fiscalYear().value();
		model.addAttribute("year", chosen);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", ReportKind.values());
		model.addAttribute("outlines", outlines.of(kind));
		model.addAttribute("chosen", outlines.forYear(kind, chosen));
		model.addAttribute("finance", currentUser.scope().role() == Role.FINANCE_REVIEWER);
		return "report/outlines";
	}

	@PostMapping("/choice")
	String choose(@RequestParam int year, @RequestParam String code,
			@RequestParam(required = false, defaultValue = "DEPARTMENT") ReportKind kind, RedirectAttributes redirect) {
		try {
			outlines.choose(currentUser.scope(), year, kind, code, currentUser.account().displayName());
			redirect.addFlashAttribute("message", year + " 年度新撰写的" + kind.label() + "将使用所选提纲；已开始撰写的报告保持原提纲");
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", String.join("；", e.errors().values()));
		}
		return "redirect:/reports/outlines?year=" + year + "&kind=" + kind.name();
	}

	@GetMapping("/new")
	String create(@RequestParam(required = false) String from,
			@RequestParam(required = false, defaultValue = "DEPARTMENT") ReportKind kind, Model model) {
		String text = from == null ? "" : outlines.text(from).orElse("");
		ReportKind of = from == null ? kind : outlines.find(from).map(Outline::kind).orElse(kind);
		model.addAttribute("kind", of);
		return editor(model, null, "", "", text, null, Map.of());
	}

	@GetMapping("/{code}")
	String show(@PathVariable String code, Model model) {
		Outline outline = outlines.find(code).orElseThrow(() -> new org.perfdesk.shared.RecordNotFound("报告提纲", 0));
		model.addAttribute("kind", outline.kind());
		return editor(model, outline, code, outline.name(), outlines.text(code).orElse(""),
				outlines.storedVersion(code), Map.of());
	}

	@PostMapping
	String save(@RequestParam String code, @RequestParam String name, @RequestParam String text,
			@RequestParam(required = false) Integer version,
			@RequestParam(required = false, defaultValue = "DEPARTMENT") ReportKind kind, Model model,
			RedirectAttributes redirect) {
		DataScope scope = currentUser.scope();
		model.addAttribute("kind", kind);
		try {
			outlines.save(scope, code, kind, name, text, version, currentUser.account().displayName());
			redirect.addFlashAttribute("message", "提纲已保存；在提纲列表中可为某一年度选用它");
			return "redirect:/reports/outlines/" + code.strip();
		}
		catch (RuleViolation e) {
			return editor(model, null, code, name, text, version, e.errors());
		}
		catch (ConcurrentChange e) {
			return editor(model, null, code, name, text, version, Map.of("version", e.getMessage()));
		}
	}

	private String editor(Model model, Outline outline, String code, String name, String text, Integer version,
			Map<String, String> errors) {
		model.addAttribute("outline", outline);
		model.addAttribute("code", code);
		model.addAttribute("name", name);
		model.addAttribute("text", text);
		model.addAttribute("version", version);
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		model.addAttribute("parts", outlines.generatedParts((ReportKind) model.getAttribute("kind")));
		model.addAttribute("finance", currentUser.scope().role() == Role.FINANCE_REVIEWER);
		model.addAttribute("editable", outline == null || !outline.builtIn());
		return "report/outline";
	}

}
