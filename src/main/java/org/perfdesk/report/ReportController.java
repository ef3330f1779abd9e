package org.perfdesk.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.perfdesk.review.ReviewDecision;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RuleViolation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 自评报告 pages: the departments' reports of a year, one report's editor (generated parts
 * read-only between the narrative boxes, each with its proposed paragraph), its versions,
 * the workflow buttons and the downloads.
 */
@Controller
@RequestMapping("/reports")
class ReportController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	/** Past years offered by the year selector. */
	static final int YEARS_BACK = 5;

	/**
	 * The most narrative boxes a form may post (an outline has far fewer); more is
	 * refused before reading them.
	 */
	static final int MAX_NARRATIVES = 100;

	private final ReportManagement reports;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final org.perfdesk.report.fund.SpecialFunds funds;

	private final org.perfdesk.org.OrgDirectory directory;

	ReportController(ReportManagement reports, org.perfdesk.report.fund.SpecialFunds funds,
			org.perfdesk.org.OrgDirectory directory, CurrentUser currentUser, Clock clock) {
		this.reports = reports;
		this.funds = funds;
		this.directory = directory;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year,
			@RequestParam(required = false, defaultValue = "DEPARTMENT") ReportKind kind, Model model) {
		DataScope scope = currentUser.scope();
		boolean during = kind == ReportKind.MONITORING;
		int chosen = year != null && FiscalYear.isValid(year) ? year
				: during ? currentUser.fiscalYear().value() : defaultYear();
		model.addAttribute("year", chosen);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", ReportKind.values());
		List<Integer> years = years(chosen);
		if (during && !years.contains(FiscalYear.current(clock).value())) {
			years = new java.util.ArrayList<>(years);
			years.add(0, FiscalYear.current(clock).value());
		}
		model.addAttribute("years", years);
		model.addAttribute("ended", during || reports.ended(chosen));
		model.addAttribute("lines", reports.lines(scope, kind, FiscalYear.of(chosen)));
		if (kind == ReportKind.SPECIAL_FUND) {
			fundForm(model, scope, chosen, null, null, List.of(), Map.of());
		}
		return "report/list";
	}

	/**
	 * The form of a new 专项资金 on the reports page: for a department's 填报人, the
	 * department's projects of the year to choose from.
	 */
	private void fundForm(Model model, DataScope scope, int year, String name, String basis, List<Long> chosen,
			Map<String, String> errors) {
		var department = directory.departmentOf(scope.ownUnitId())
			.filter(d -> d.id() == scope.ownUnitId() && scope.canWrite(d.id()));
		model.addAttribute("fundDepartment", department.orElse(null));
		model.addAttribute("fundProjects",
				department.isPresent() ? funds.eligible(scope, department.get().id(), FiscalYear.of(year)) : List.of());
		model.addAttribute("fundName", name);
		model.addAttribute("fundBasis", basis);
		model.addAttribute("fundChosen", chosen);
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		model.addAttribute("maxFundName", org.perfdesk.report.fund.SpecialFunds.MAX_NAME);
	}

	/** 新建专项资金: the fund is made and its report opened at once. */
	@PostMapping("/funds")
	String createFund(@RequestParam int year, @RequestParam long department,
			@RequestParam(required = false) String name, @RequestParam(required = false) String basis,
			@RequestParam(name = "projects", required = false) List<Long> projects, Model model,
			RedirectAttributes redirect) {
		DataScope scope = currentUser.scope();
		if (projects != null && projects.size() > org.perfdesk.report.fund.SpecialFunds.MAX_PROJECTS * 2) {
			throw new RuleViolation("projects", "所选项目过多，请刷新页面后重新选择");
		}
		List<Long> chosen = projects == null ? List.of() : projects;
		try {
			var fund = funds.create(scope, department, FiscalYear.of(year), name, basis, chosen,
					currentUser.account().displayName());
			Report r = reports.open(scope, ReportKind.SPECIAL_FUND, fund.id(), department, FiscalYear.of(year),
					currentUser.account().displayName());
			redirect.addFlashAttribute("message", "已新建专项资金“" + fund.name() + "”并生成报告初稿：请撰写各部分说明后保存");
			return "redirect:/reports/" + r.id();
		}
		catch (RuleViolation e) {
			model.addAttribute("year", year);
			model.addAttribute("kind", ReportKind.SPECIAL_FUND);
			model.addAttribute("kinds", ReportKind.values());
			model.addAttribute("years", years(year));
			model.addAttribute("ended", reports.ended(year));
			model.addAttribute("lines", reports.lines(scope, ReportKind.SPECIAL_FUND, FiscalYear.of(year)));
			fundForm(model, scope, year, name, basis, chosen, e.errors());
			return "report/list";
		}
	}

	/**
	 * 撰写报告 of a project, fund or monitoring round: {@code subject} is the project, fund
	 * or round, {@code unit} the department of a monitoring report.
	 */
	@PostMapping("/open")
	String openAny(@RequestParam ReportKind kind, @RequestParam long subject, @RequestParam(required = false) Long unit,
			@RequestParam int year, RedirectAttributes redirect) {
		try {
			Report r = reports.open(currentUser.scope(), kind, subject, unit == null ? 0 : unit, FiscalYear.of(year),
					currentUser.account().displayName());
			redirect.addFlashAttribute("message", "已按提纲生成报告初稿：数字和表格由系统生成，请撰写各部分说明后保存");
			return "redirect:/reports/" + r.id();
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", String.join("；", e.errors().values()));
			return "redirect:/reports?year=" + year + "&kind=" + kind.name();
		}
	}

	@PostMapping("/departments/{departmentId}")
	String open(@PathVariable long departmentId, @RequestParam int year, RedirectAttributes redirect) {
		try {
			Report r = reports.openDepartment(currentUser.scope(), departmentId, FiscalYear.of(year),
					currentUser.account().displayName());
			redirect.addFlashAttribute("message", "已按提纲生成报告初稿：数字和表格由系统生成，请撰写各部分说明后保存");
			return "redirect:/reports/" + r.id();
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", String.join("；", e.errors().values()));
			return "redirect:/reports?year=" + year;
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		return page(model, reports.draft(currentUser.scope(), id), null, Map.of());
	}

	@GetMapping("/{id}/versions/{number}")
	String version(@PathVariable long id, @PathVariable int number, Model model) {
		model.addAttribute("shownVersion", number);
		return page(model, reports.draft(currentUser.scope(), id, number), null, Map.of());
	}

	/**
	 * 保存: the form posts the narratives as parallel lists {@code names} and
	 * {@code texts}, so a narrative's Chinese name never has to be a parameter name.
	 */
	@PostMapping("/{id}")
	String save(@PathVariable long id, @RequestParam int version,
			@RequestParam(name = "names", required = false) List<String> names,
			@RequestParam(name = "texts", required = false) List<String> texts, Model model,
			RedirectAttributes redirect) {
		DataScope scope = currentUser.scope();
		Map<String, String> typed = new LinkedHashMap<>();
		if (names != null && texts != null) {
			if (names.size() > MAX_NARRATIVES || names.size() != texts.size()) {
				throw new RuleViolation("narrative", "提交的内容与报告提纲不符，请刷新页面后再保存");
			}
			for (int i = 0; i < names.size(); i++) {
				typed.put(names.get(i), texts.get(i));
			}
		}
		try {
			Report saved = reports.save(scope, id, version, typed, currentUser.account().displayName());
			redirect.addFlashAttribute("message", "已保存为第 " + saved.versionNumber() + " 版；写完各部分后请提交");
			return "redirect:/reports/" + id;
		}
		catch (RuleViolation e) {
			return page(model, reports.draft(scope, id), typed, e.errors());
		}
		catch (ConcurrentChange e) {
			return page(model, reports.draft(scope, id), typed,
					Map.of("version", e.getMessage() + "。您填写的内容仍在下方，请复制保存后刷新页面查看对方的修改"));
		}
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return act(id, redirect, "已提交，等待部门审核",
				() -> reports.submit(currentUser.scope(), id, version, currentUser.account().displayName()));
	}

	@PostMapping("/{id}/review")
	String review(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) ReviewDecision decision, @RequestParam(required = false) String opinion,
			RedirectAttributes redirect) {
		return act(id, redirect, decision == ReviewDecision.RETURN ? "已退回修改" : "审核通过", () -> reports
			.review(currentUser.scope(), id, version, decision, opinion, currentUser.account().displayName()));
	}

	@GetMapping("/{id}/export.{format:docx|pdf}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String format) {
		ReportDraft draft = reports.draft(currentUser.scope(), id);
		boolean word = "docx".equals(format);
		byte[] bytes = word ? draft.manuscript().docx() : draft.manuscript().pdf();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(draft.fileName() + "." + format, StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(word ? DOCX : MediaType.APPLICATION_PDF)
			.body(bytes);
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
		return "redirect:/reports/" + id;
	}

	private String page(Model model, ReportDraft draft, Map<String, String> typed, Map<String, String> errors) {
		DataScope scope = currentUser.scope();
		model.addAttribute("draft", draft);
		model.addAttribute("maxNarrative", ReportManagement.MAX_NARRATIVE);
		model.addAttribute("report", draft.report());
		model.addAttribute("typed", typed == null ? Map.of() : typed);
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		model.addAttribute("mayEdit",
				!model.containsAttribute("shownVersion") && reports.mayEdit(scope, draft.report()));
		model.addAttribute("mayReview", ReportManagement.mayReview(scope, draft.report()));
		model.addAttribute("versions", reports.versions(scope, draft.report().id()));
		model.addAttribute("findings", reports.findings(draft));
		model.addAttribute("reviews", reports.reviews(scope, draft.report().id()));
		return "report/report";
	}

	/**
	 * The chosen fiscal year if it has ended, else the year before it: reports are
	 * written after the year.
	 */
	private int defaultYear() {
		int chosen = currentUser.fiscalYear().value();
		return reports.ended(chosen) ? chosen : chosen - 1;
	}

	private List<Integer> years(int chosen) {
		return FiscalYear.endedChoices(chosen, clock, YEARS_BACK);
	}

}
