package org.perfdesk.execution.department;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * 部门整体支出数据 pages: the departments of the chosen year, and one department's figures with
 * its form.
 */
@Controller
@RequestMapping("/execution/departments")
class DepartmentFiguresController {

	private final DepartmentFiguresManagement departments;

	private final CurrentUser currentUser;

	private final OrgDirectory directory;

	DepartmentFiguresController(DepartmentFiguresManagement departments, CurrentUser currentUser,
			OrgDirectory directory) {
		this.departments = departments;
		this.currentUser = currentUser;
		this.directory = directory;
	}

	/**
	 * One row of the form: a kind of spending with its budget field and its spent field.
	 */
	record FormRow(String label, String budgetKey, String spentKey) {
	}

	static final List<FormRow> ROWS = rows();

	/** One group of the chart, in 万元 as plain numbers for the script. */
	record ChartBar(String label, String budgetWan, String spentWan) {
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, Model model) {
		DataScope scope = currentUser.scope();
		FiscalYear fiscalYear = year(year);
		List<DepartmentFigures> list = departments.list(scope, fiscalYear);
		var names = new LinkedHashMap<Long, String>();
		list.forEach(f -> names.put(f.departmentId(), directory.nameOf(f.departmentId())));
		model.addAttribute("figures", list);
		model.addAttribute("names", names);
		model.addAttribute("year", fiscalYear.value());
		return "execution/departments";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) Integer year, Model model,
			HttpServletResponse response) {
		DataScope scope = currentUser.scope();
		DepartmentFigures figures;
		try {
			figures = departments.find(scope, id, year(year));
		}
		catch (RuleViolation e) {
			return notADepartment(e, model, response);
		}
		return page(model, figures, DepartmentFiguresForm.of(figures), Map.of(), scope);
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		DataScope scope = currentUser.scope();
		FiscalYear year = year(DepartmentFiguresForm.whole(params.get("year")));
		DepartmentFigures figures;
		try {
			figures = departments.find(scope, id, year);
		}
		catch (RuleViolation e) {
			return notADepartment(e, model, response);
		}
		if (!scope.canWrite(id)) {
			throw new AccessDeniedException("只有本部门的单位填报人可以填报部门整体支出数据");
		}
		DepartmentFiguresForm form = DepartmentFiguresForm.from(params);
		var errors = new LinkedHashMap<String, String>();
		DepartmentFiguresInput input = form.toInput(errors);
		try {
			if (!errors.isEmpty()) {
				DepartmentFiguresManagement.problems(input).forEach(errors::putIfAbsent);
				throw new RuleViolation(errors);
			}
			if (form.version() == null) {
				throw new RuleViolation(null, "表单缺少版本号，请刷新页面后重试");
			}
			DepartmentFigures saved = departments.save(scope, id, year, input, form.version());
			redirect.addFlashAttribute("message", saved.staffWarning() == null ? "已保存" : "已保存。" + saved.staffWarning());
			redirect.addAttribute("year", year.value());
			return "redirect:/execution/departments/" + id;
		}
		catch (RuleViolation e) {
			return page(model, figures, form, e.errors(), scope);
		}
		catch (ConcurrentChange e) {
			return page(model, figures, form, Map.of("version", e.getMessage()), scope);
		}
	}

	private String page(Model model, DepartmentFigures figures, DepartmentFiguresForm form, Map<String, String> errors,
			DataScope scope) {
		DepartmentProjectSpending projects = departments.projectSpending(scope, figures.departmentId(),
				FiscalYear.of(figures.fiscalYear()));
		model.addAttribute("figures", figures);
		model.addAttribute("departmentName", directory.nameOf(figures.departmentId()));
		model.addAttribute("projects", projects);
		model.addAttribute("departmentBudget", figures.departmentBudget(projects.total()));
		model.addAttribute("lines",
				figures.lines().stream().map(l -> new ChartBar(l.label(), l.budgetWan(), l.spentWan())).toList());
		model.addAttribute("detail", figures.detail());
		model.addAttribute("canEdit", scope.canWrite(figures.departmentId()));
		model.addAttribute("form", form.values());
		model.addAttribute("version", form.version() == null ? figures.version() : form.version());
		model.addAttribute("rows", ROWS);
		model.addAttribute("errors", errors);
		model.addAttribute("staffWarning", errors.isEmpty() ? figures.staffWarning() : form.staffWarning());
		return "execution/department";
	}

	/** The year asked for in the address, else the one chosen in the page header. */
	private FiscalYear year(Integer asked) {
		return asked != null && FiscalYear.isValid(asked) ? FiscalYear.of(asked) : currentUser.fiscalYear();
	}

	private static String notADepartment(RuleViolation e, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("title", "不是主管部门");
		model.addAttribute("message", e.getMessage());
		return "error/message";
	}

	private static List<FormRow> rows() {
		var rows = new ArrayList<FormRow>();
		DepartmentAmount[] all = DepartmentAmount.values();
		for (int i = 0; i < all.length; i += 2) {
			String label = all[i].label().replace("预算数", "");
			rows.add(new FormRow(label, all[i].key(), all[i + 1].key()));
		}
		return List.copyOf(rows);
	}

}
