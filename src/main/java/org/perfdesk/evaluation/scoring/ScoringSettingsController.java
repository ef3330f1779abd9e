package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.DecimalText;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 计分设置 page: a year's scoring rules explained with worked examples computed by the
 * engine; the finance reviewer edits them (tiers added and removed as rows) or copies
 * last year's, everyone else reads.
 */
@Controller
@RequestMapping("/settings/scoring")
class ScoringSettingsController {

	/**
	 * Years offered around the chosen one: last year's evaluations are being scored, next
	 * year's rules prepared.
	 */
	static final int YEARS_AROUND = 2;

	private final ScoringSettingsManagement scoring;

	private final CurrentUser currentUser;

	ScoringSettingsController(ScoringSettingsManagement scoring, CurrentUser currentUser) {
		this.scoring = scoring;
		this.currentUser = currentUser;
	}

	@GetMapping
	String show(@RequestParam(required = false) String year, Model model) {
		ScoringSettingsRecord record = scoring.record(year(year));
		return page(model, record, ScoringSettingsInput.of(record.settings()), record.version(), Map.of());
	}

	@PostMapping
	String save(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		DataScope scope = currentUser.scope();
		int year = posted(params.getFirst("year"));
		ScoringSettingsInput input = input(params);
		Integer version = whole(params.getFirst("version"));
		try {
			if (version == null) {
				throw new RuleViolation("version", "表单缺少版本号，请刷新页面后重试");
			}
			scoring.save(scope, year, input, version);
			redirect.addFlashAttribute("message", year + " 年度计分设置已保存，本年度的自评按新设置计分");
			redirect.addAttribute("year", year);
			return "redirect:/settings/scoring";
		}
		catch (RuleViolation e) {
			return page(model, scoring.record(year(params.getFirst("year"))), input, version == null ? 0 : version,
					e.errors());
		}
		catch (ConcurrentChange e) {
			return page(model, scoring.record(year), input, version,
					Map.of("version", e.getMessage() + "您填写的内容仍在下方，请对照上方的最新设置后重新保存。"));
		}
	}

	@PostMapping("/copy")
	String copy(@RequestParam(required = false) String year, @RequestParam(required = false) String version,
			RedirectAttributes redirect) {
		int fiscalYear = posted(year);
		Integer v = whole(version);
		try {
			if (v == null) {
				throw new RuleViolation("version", "表单缺少版本号，请刷新页面后重试");
			}
			scoring.copyFromPreviousYear(currentUser.scope(), fiscalYear, v);
			redirect.addFlashAttribute("message", "已将 " + (fiscalYear - 1) + " 年度的计分设置复制为 " + fiscalYear + " 年度的设置");
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", String.join("；", e.errors().values()));
		}
		catch (ConcurrentChange e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		redirect.addAttribute("year", year(year));
		return "redirect:/settings/scoring";
	}

	private String page(Model model, ScoringSettingsRecord record, ScoringSettingsInput form, int version,
			Map<String, String> errors) {
		int year = record.fiscalYear();
		boolean canEdit = currentUser.scope().role() == Role.FINANCE_REVIEWER;
		model.addAttribute("year", year);
		model.addAttribute("years", years(year));
		model.addAttribute("record", record);
		model.addAttribute("summary", ScoringGuide.summary(record.settings()));
		model.addAttribute("rules", ScoringGuide.rules(record.settings()));
		model.addAttribute("canEdit", canEdit);
		model.addAttribute("form", form);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		model.addAttribute("reverseVariants", ScoringSettings.ReverseVariant.values());
		model.addAttribute("freedWeights", Weights.FreedWeight.values());
		if (canEdit && FiscalYear.isValid(year - 1)) {
			model.addAttribute("previous", scoring.record(year - 1));
		}
		return "evaluation/scoring-settings";
	}

	/** The year asked for, else the one chosen in the page header. */
	private int year(String asked) {
		Integer year = whole(asked);
		return year != null && FiscalYear.isValid(year) ? year : currentUser.fiscalYear().value();
	}

	/**
	 * The year a form was posted for, as typed: a wrong one is refused by the service,
	 * never replaced.
	 */
	private static int posted(String year) {
		Integer value = whole(year);
		return value == null ? 0 : value;
	}

	private List<Integer> years(int shown) {
		int chosen = currentUser.fiscalYear().value();
		var years = new ArrayList<>(IntStream.rangeClosed(chosen - YEARS_AROUND, chosen + YEARS_AROUND)
			.filter(FiscalYear::isValid)
			.boxed()
			.toList());
		if (!years.contains(shown)) {
			years.add(shown);
		}
		return years.stream().sorted((a, b) -> b - a).toList();
	}

	private static ScoringSettingsInput input(MultiValueMap<String, String> params) {
		List<String> rates = params.getOrDefault("tierRate", List.of());
		List<String> points = params.getOrDefault("tierPoints", List.of());
		var tiers = new ArrayList<ScoringSettingsInput.Tier>();
		for (int i = 0; i < Math.max(rates.size(), points.size()); i++) {
			tiers.add(new ScoringSettingsInput.Tier(i < rates.size() ? rates.get(i) : "",
					i < points.size() ? points.get(i) : ""));
		}
		return new ScoringSettingsInput(params.getFirst("reverse"), params.getFirst("overAchievement"),
				params.getFirst("executionWeight"), params.getFirst("outputWeight"), params.getFirst("benefitWeight"),
				params.getFirst("satisfactionWeight"), "true".equals(params.getFirst("tiered")), tiers,
				params.getFirst("achievedBand"), params.getFirst("partlyBand"), params.getFirst("freedWeight"));
	}

	private static Integer whole(String text) {
		return DecimalText.read(text, DecimalText.COUNT_DIGITS)
			.number()
			.filter(v -> DecimalText.decimals(v) == 0)
			.map(BigDecimal::intValueExact)
			.orElse(null);
	}

}
