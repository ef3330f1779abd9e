package org.perfdesk.monitoring;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RuleViolation;
import org.perfdesk.review.ReviewDecision;
import org.springframework.format.annotation.DateTimeFormat;
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
 * 绩效运行监控 pages: the rounds of a year, one round's lines and reminders, and one 监控表 with
 * its review.
 */
@Controller
@RequestMapping("/monitoring")
class MonitoringController {

	private final MonitoringManagement monitoring;

	private final CurrentUser currentUser;

	private final MonitoringExports exports;

	MonitoringController(MonitoringManagement monitoring, CurrentUser currentUser, MonitoringExports exports) {
		this.monitoring = monitoring;
		this.currentUser = currentUser;
		this.exports = exports;
	}

	@GetMapping
	String rounds(Model model) {
		return roundsPage(model, null, null, Map.of());
	}

	@PostMapping("/rounds")
	String open(@RequestParam(required = false) Integer cutOffMonth,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			Model model, RedirectAttributes redirect) {
		try {
			MonitoringRound round = monitoring.openRound(currentUser.scope(), currentUser.fiscalYear(), cutOffMonth,
					deadline, currentUser.account().displayName());
			redirect.addFlashAttribute("message", "已发起 " + round.label() + " 绩效运行监控");
			return "redirect:/monitoring/rounds/" + round.id();
		}
		catch (RuleViolation e) {
			return roundsPage(model, cutOffMonth, deadline, e.errors());
		}
	}

	@PostMapping("/rounds/{id}/close")
	String close(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		try {
			monitoring.closeRound(currentUser.scope(), id, version);
			redirect.addFlashAttribute("message", "监控轮次已结束");
		}
		catch (RuleViolation | ConcurrentChange e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/monitoring/rounds/" + id;
	}

	@GetMapping("/rounds/{id}")
	String round(@PathVariable long id, Model model) {
		DataScope scope = currentUser.scope();
		RoundOverview overview = monitoring.overview(scope, id);
		model.addAttribute("overview", overview);
		model.addAttribute("round", overview.round());
		model.addAttribute("showChart", scope.role() != Role.UNIT_FILLER);
		model.addAttribute("chart",
				overview.lines()
					.stream()
					.map(l -> Map.of("label", l.label(), "rate", l.executionRatePercent(), "colour",
							l.light() == null ? "secondary" : l.light().colour()))
					.toList());
		model.addAttribute("canClose", overview.round().open() && scope.role() == Role.FINANCE_REVIEWER);
		model.addAttribute("alerts", monitoring.alertThresholds());
		return "monitoring/round";
	}

	@GetMapping("/rounds/{id}/targets/{targetId}")
	String report(@PathVariable long id, @PathVariable long targetId, Model model) {
		ReportSheet sheet = monitoring.sheet(currentUser.scope(), id, targetId);
		return reportPage(model, sheet, ReportForm.of(sheet.report()), Map.of());
	}

	@PostMapping("/rounds/{id}/targets/{targetId}")
	String save(@PathVariable long id, @PathVariable long targetId, @ModelAttribute("form") ReportForm form,
			Model model, RedirectAttributes redirect) {
		DataScope scope = currentUser.scope();
		try {
			monitoring.save(scope, id, targetId, form.toInput(), form.getVersion());
			redirect.addFlashAttribute("message", "监控表已保存；确认无误后请提交");
			return "redirect:/monitoring/rounds/" + id + "/targets/" + targetId;
		}
		catch (RuleViolation e) {
			return reportPage(model, monitoring.sheet(scope, id, targetId), form, e.errors());
		}
		catch (ConcurrentChange e) {
			return reportPage(model, monitoring.sheet(scope, id, targetId), form,
					Map.of("version", e.getMessage() + "。您填写的内容仍在下方，请复制保存后刷新页面查看对方的修改"));
		}
	}

	@PostMapping("/rounds/{id}/targets/{targetId}/submit")
	String submit(@PathVariable long id, @PathVariable long targetId, @RequestParam int version,
			RedirectAttributes redirect) {
		return act(id, targetId, redirect, "已提交，等待部门审核",
				() -> monitoring.submit(currentUser.scope(), id, targetId, version));
	}

	@PostMapping("/rounds/{id}/targets/{targetId}/review")
	String review(@PathVariable long id, @PathVariable long targetId, @RequestParam int version,
			@RequestParam(required = false) ReviewDecision decision, @RequestParam(required = false) String opinion,
			RedirectAttributes redirect) {
		return act(id, targetId, redirect, decision == ReviewDecision.RETURN ? "已退回填报单位修改" : "审核通过",
				() -> monitoring.review(currentUser.scope(), id, targetId, version, decision, opinion,
						currentUser.account().displayName()));
	}

	/**
	 * 监控结果处理 by the finance bureau; 调整目标 and 调减预算 start a new draft revision of the
	 * target.
	 */
	@PostMapping("/rounds/{id}/targets/{targetId}/decision")
	String decide(@PathVariable long id, @PathVariable long targetId,
			@RequestParam(required = false) DecisionKind decision, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(id, targetId, redirect,
				decision != null && decision.adjustsTarget() ? "已记录处理决定，并已发起目标调整（新版本草稿），待填报单位修改后重新提交" : "已记录处理决定",
				() -> monitoring.decide(currentUser.scope(), id, targetId, decision, note,
						currentUser.account().displayName()));
	}

	private String act(long id, long targetId, RedirectAttributes redirect, String success, Runnable action) {
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
		return "redirect:/monitoring/rounds/" + id + "/targets/" + targetId;
	}

	private String roundsPage(Model model, Integer month, LocalDate deadline, Map<String, String> errors) {
		DataScope scope = currentUser.scope();
		FiscalYear year = currentUser.fiscalYear();
		List<MonitoringRound> rounds = monitoring.rounds(scope, year);
		model.addAttribute("rounds", rounds);
		model.addAttribute("canOpen", scope.role() == Role.FINANCE_REVIEWER);
		model.addAttribute("month", month == null ? monitoring.defaultCutOffMonth() : month);
		model.addAttribute("deadline", deadline);
		model.addAttribute("errors", errors);
		return "monitoring/rounds";
	}

	private String reportPage(Model model, ReportSheet sheet, ReportForm form, Map<String, String> errors) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("round", sheet.round());
		model.addAttribute("line", sheet.line());
		model.addAttribute("report", sheet.report());
		model.addAttribute("form", form);
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		model.addAttribute("likelihoods", Likelihood.values());
		model.addAttribute("causes", DeviationCause.values());
		progressChart(model, sheet);
		return "monitoring/report";
	}

	/**
	 * The cumulative planned and executed amounts by month for the report page's chart
	 * and its table.
	 */
	private void progressChart(Model model, ReportSheet sheet) {
		model.addAttribute("progress", exports.progress(currentUser.scope(), sheet));
	}

}
