package org.perfdesk.execution;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfdesk.budget.FundSource;
import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.shared.Amount;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.DecimalText;
import org.perfdesk.shared.RuleViolation;
import org.perfdesk.shared.WanText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 预算执行 pages: the year's table, one project's months, chart and adjustments, and the
 * forms that change them.
 */
@Controller
@RequestMapping("/execution")
class ExecutionController {

	private final ExecutionManagement execution;

	private final CurrentUser currentUser;

	private final OrgDirectory directory;

	ExecutionController(ExecutionManagement execution, CurrentUser currentUser, OrgDirectory directory) {
		this.execution = execution;
		this.currentUser = currentUser;
		this.directory = directory;
	}

	@GetMapping
	String list(Model model) {
		DataScope scope = currentUser.scope();
		ExecutionOverview overview = execution.list(scope, currentUser.fiscalYear());
		model.addAttribute("overview", overview);
		model.addAttribute("bars", execution.bars(scope, overview));
		model.addAttribute("barsOfDepartments", scope.everything());
		model.addAttribute("canImport", scope.canWriteAnything());
		return "execution/overview";
	}

	/** One month of the chart's table: cumulative 执行数 and the even time line, in 万元. */
	record ChartPoint(int month, String executed, String timeLine) {
	}

	/** 项目预算执行情况表 of the chosen year as .xlsx, the same rows as the page. */
	@GetMapping("/export.xlsx")
	org.springframework.http.ResponseEntity<byte[]> export() {
		ExecutionOverview overview = execution.list(currentUser.scope(), currentUser.fiscalYear());
		return org.springframework.http.ResponseEntity.ok()
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment()
						.filename(overview.fiscalYear() + "-项目预算执行情况表.xlsx", java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(org.springframework.http.MediaType
				.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(ExecutionWorkbook.write(overview));
	}

	/**
	 * The same table as PDF, landscape A4, its column headings on every page: what the
	 * .xlsx shows, read back from it.
	 */
	@GetMapping("/export.pdf")
	org.springframework.http.ResponseEntity<byte[]> exportPdf() {
		ExecutionOverview overview = execution.list(currentUser.scope(), currentUser.fiscalYear());
		return org.springframework.http.ResponseEntity.ok()
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment()
						.filename(overview.fiscalYear() + "-项目预算执行情况表.pdf", java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.body(org.perfdesk.document.Sheets.pdf(ExecutionWorkbook.write(overview), 2));
	}

	@GetMapping("/projects/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) Integer month, Model model) {
		ProjectExecution pe = execution.find(currentUser.scope(), id, null);
		Map<String, String> monthForm = new LinkedHashMap<>();
		if (month != null && mayEdit(pe, month)) {
			SourceAmounts spent = pe.spentIn(month);
			monthForm.put("fiscalAppropriation", wan(spent.fiscalAppropriation()));
			monthForm.put("carryOver", wan(spent.carryOver()));
			monthForm.put("otherFunds", wan(spent.otherFunds()));
			monthForm.put("version", pe.monthly(month).map(m -> Integer.toString(m.version())).orElse(""));
		}
		return page(model, pe, month != null && mayEdit(pe, month) ? month : null, monthForm, Map.of(), Map.of(),
				Map.of());
	}

	@PostMapping("/projects/{id}/months/{month}")
	String record(@PathVariable long id, @PathVariable int month, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		DataScope scope = currentUser.scope();
		ProjectExecution pe = execution.find(scope, id, null);
		var errors = new LinkedHashMap<String, String>();
		SourceAmounts spent = new SourceAmounts(
				read(form, "fiscalAppropriation", FundSource.FISCAL_APPROPRIATION, errors),
				read(form, "carryOver", FundSource.CARRY_OVER, errors),
				read(form, "otherFunds", FundSource.OTHER, errors));
		// blank for a month without figures yet; anything else must be the whole number
		// the page sent
		DecimalText.Reading version = DecimalText.read(form.get("version"), DecimalText.COUNT_DIGITS);
		if (version.problem() != null || !version.blank() && DecimalText.decimals(version.value()) > 0) {
			errors.put("version", "表单的版本号无效，请刷新页面后重新填写");
		}
		try {
			if (!errors.isEmpty()) {
				throw new RuleViolation(errors);
			}
			execution.record(scope, id, month, spent, version.blank() ? null : version.value().intValueExact());
			redirect.addFlashAttribute("message", month + " 月执行数已保存");
			return "redirect:/execution/projects/" + id;
		}
		catch (RuleViolation e) {
			return page(model, pe, month, form, e.errors(), Map.of(), Map.of());
		}
		catch (ConcurrentChange e) {
			return page(model, pe, month, form, Map.of("version", e.getMessage()), Map.of(), Map.of());
		}
	}

	@PostMapping("/projects/{id}/adjustments")
	String adjust(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		DataScope scope = currentUser.scope();
		ProjectExecution pe = execution.find(scope, id, null);
		var errors = new LinkedHashMap<String, String>();
		LocalDate on = null;
		String date = form.getOrDefault("adjustedOn", "").strip();
		if (!date.isEmpty()) {
			try {
				on = LocalDate.parse(date);
			}
			catch (DateTimeParseException e) {
				errors.put("adjustedOn", "调整日期格式应为 年-月-日，如 " + pe.project().fiscalYear() + "-07-15");
			}
		}
		Amount amount = WanText.read("amount", form.get("amount"), "调整金额", errors);
		AdjustmentKind kind = parse(AdjustmentKind.class, form.get("kind"));
		FundSource source = parse(FundSource.class, form.get("fundSource"));
		try {
			AdjustmentDraft draft = new AdjustmentDraft(on, kind, source, amount, form.getOrDefault("reason", ""));
			if (!errors.isEmpty()) {
				draft.problems(pe.project().fiscalYear()).forEach(errors::putIfAbsent);
				throw new RuleViolation(errors);
			}
			execution.adjust(scope, id, draft);
			redirect.addFlashAttribute("message", "预算调整已登记");
			return "redirect:/execution/projects/" + id;
		}
		catch (RuleViolation e) {
			return page(model, pe, null, Map.of(), Map.of(), form, e.errors());
		}
		catch (ConcurrentChange e) {
			// someone else held the project's lock past the database's timeout: nothing
			// was saved, the form stays
			var whole = new LinkedHashMap<String, String>();
			whole.put(null, e.getMessage());
			return page(model, pe, null, Map.of(), Map.of(), form, whole);
		}
	}

	private String page(Model model, ProjectExecution pe, Integer editMonth, Map<String, String> monthForm,
			Map<String, String> monthErrors, Map<String, String> adjustmentForm, Map<String, String> adjustmentErrors) {
		DataScope scope = currentUser.scope();
		boolean canEdit = scope.canWrite(pe.project().unitId());
		List<ChartPoint> chart = new ArrayList<>();
		Amount budget = pe.fullYearBudget().total();
		for (int m = 1; m <= 12; m++) {
			Amount timeLine = Amount.ofYuan(budget.yuan()
				.multiply(java.math.BigDecimal.valueOf(m))
				.divide(java.math.BigDecimal.valueOf(12), 2, java.math.RoundingMode.HALF_UP));
			chart.add(new ChartPoint(m, m <= pe.month() ? pe.executedTo(m).total().toWan(2).toPlainString() : null,
					timeLine.toWan(2).toPlainString()));
		}
		model.addAttribute("title", pe.project().code() + " " + pe.project().name() + " · 预算执行");
		model.addAttribute("pe", pe);
		model.addAttribute("project", pe.project());
		model.addAttribute("figures", pe.figures());
		model.addAttribute("unitName", directory.nameOf(pe.project().unitId()));
		model.addAttribute("canEdit", canEdit);
		model.addAttribute("sources", FundSource.values());
		model.addAttribute("kinds", AdjustmentKind.values());
		model.addAttribute("chart", chart);
		model.addAttribute("editMonth", canEdit ? editMonth : null);
		// copies: a page asks for the whole-record message under the null key, which
		// Map.of() refuses
		model.addAttribute("monthForm", new LinkedHashMap<>(monthForm));
		model.addAttribute("monthErrors", new LinkedHashMap<>(monthErrors));
		model.addAttribute("adjustmentForm", new LinkedHashMap<>(adjustmentForm));
		model.addAttribute("adjustmentErrors", new LinkedHashMap<>(adjustmentErrors));
		return "execution/project";
	}

	private boolean mayEdit(ProjectExecution pe, int month) {
		return month >= 1 && month <= pe.month() && currentUser.scope().canWrite(pe.project().unitId());
	}

	private static Amount read(Map<String, String> form, String field, FundSource source, Map<String, String> errors) {
		Amount a = WanText.read(field, form.get(field), source.label() + "执行数", errors);
		return a == null ? Amount.ZERO : a;
	}

	private static String wan(Amount a) {
		return a.toWanExact().toPlainString();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String name) {
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(name)) {
				return e;
			}
		}
		return null;
	}

}
