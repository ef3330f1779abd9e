package org.perfdesk.evaluation.department;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RuleViolation;
import org.perfdesk.review.ReviewDecision;
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
 * 部门整体支出绩效自评 pages: the evaluations and the department targets waiting for one in a past
 * year, and one evaluation laid out as the 自评表 and the 完成情况表 with its form, workflow
 * buttons, findings and chart.
 */
@Controller
@RequestMapping("/evaluations/departments")
class DepartmentSelfEvaluationController {

	/** Past years offered by the year selector. */
	static final int YEARS_BACK = 5;

	private final DepartmentSelfEvaluationManagement evaluations;

	private final CurrentUser currentUser;

	private final OrgDirectory directory;

	private final java.time.Clock clock;

	DepartmentSelfEvaluationController(DepartmentSelfEvaluationManagement evaluations, CurrentUser currentUser,
			OrgDirectory directory, java.time.Clock clock) {
		this.evaluations = evaluations;
		this.currentUser = currentUser;
		this.directory = directory;
		this.clock = clock;
	}

	/** A row of the list: the evaluation with its computed or frozen total. */
	record Line(DepartmentSelfEvaluation evaluation, String departmentName, DepartmentSelfEvaluationSheet sheet) {
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, Model model) {
		DataScope scope = currentUser.scope();
		int chosen = year != null && FiscalYear.isValid(year) ? year : defaultYear();
		FiscalYear fiscalYear = FiscalYear.of(chosen);
		List<Line> lines = evaluations.list(scope, fiscalYear)
			.stream()
			.map(e -> new Line(e, directory.nameOf(e.departmentId()), evaluations.sheet(scope, e.id())))
			.toList();
		model.addAttribute("year", chosen);
		model.addAttribute("years", years(chosen));
		model.addAttribute("ended", evaluations.ended(chosen));
		model.addAttribute("lines", lines);
		model.addAttribute("pending", evaluations.pending(scope, fiscalYear));
		model.addAttribute("directory", directory);
		model.addAttribute("scope", scope);
		return "evaluation/departments";
	}

	@PostMapping
	String open(@RequestParam long targetId, RedirectAttributes redirect) {
		try {
			DepartmentSelfEvaluation e = evaluations.open(currentUser.scope(), targetId);
			redirect.addFlashAttribute("message", "已开始自评，请填写后保存并提交");
			return "redirect:/evaluations/departments/" + e.id();
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", String.join("；", e.errors().values()));
			return "redirect:/evaluations/departments";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		DepartmentSelfEvaluationSheet sheet = evaluations.sheet(currentUser.scope(), id);
		return page(model, sheet, DepartmentSelfEvaluationForm.of(sheet.evaluation(), sheet.template()), Map.of());
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @ModelAttribute("form") DepartmentSelfEvaluationForm form, Model model,
			RedirectAttributes redirect) {
		DataScope scope = currentUser.scope();
		try {
			evaluations.save(scope, id, form.toInput(), form.getVersion() == null ? -1 : form.getVersion());
			redirect.addFlashAttribute("message", "自评表已保存；确认无误后请提交");
			return "redirect:/evaluations/departments/" + id;
		}
		catch (RuleViolation e) {
			return page(model, evaluations.sheet(scope, id), form, e.errors());
		}
		catch (ConcurrentChange e) {
			return page(model, evaluations.sheet(scope, id), form,
					Map.of("version", e.getMessage() + "。您填写的内容仍在下方，请复制保存后刷新页面查看对方的修改"));
		}
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return act(id, redirect, "已提交，等待部门审核", () -> evaluations.submit(currentUser.scope(), id, version));
	}

	@PostMapping("/{id}/review")
	String review(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) ReviewDecision decision, @RequestParam(required = false) String opinion,
			RedirectAttributes redirect) {
		return act(id, redirect, decision == ReviewDecision.RETURN ? "已退回部门修改" : "审核通过", () -> evaluations
			.review(currentUser.scope(), id, version, decision, opinion, currentUser.account().displayName()));
	}

	private String act(long id, RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", success);
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", String.join("；", e.errors().values()));
		}
		catch (ConcurrentChange e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/evaluations/departments/" + id;
	}

	private String page(Model model, DepartmentSelfEvaluationSheet sheet, DepartmentSelfEvaluationForm form,
			Map<String, String> errors) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("evaluation", sheet.evaluation());
		model.addAttribute("form", form);
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		model.addAttribute("chart",
				sheet.scores()
					.stream()
					.map(s -> Map.of("name", s.name(), "weight", s.weightText(), "score",
							s.item().scorable() ? s.item().score().toPlainString() : "0"))
					.toList());
		return "evaluation/department";
	}

	/** The chosen fiscal year if it has ended, else the year before it. */
	private int defaultYear() {
		int chosen = currentUser.fiscalYear().value();
		return evaluations.ended(chosen) ? chosen : chosen - 1;
	}

	private List<Integer> years(int chosen) {
		return FiscalYear.endedChoices(chosen, clock, YEARS_BACK);
	}

}
