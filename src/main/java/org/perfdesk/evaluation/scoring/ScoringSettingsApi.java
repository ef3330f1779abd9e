package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.perfdesk.org.CurrentUser;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RuleViolation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/v1/scoring-settings}: a year's scoring settings, read-only (they are
 * changed on the page).
 */
@RestController
@RequestMapping("/api/v1/scoring-settings")
@Tag(name = "计分设置", description = "各预算年度绩效自评的计分规则；比例以小数表示（0.2 即 20%），权重和得分以分计")
class ScoringSettingsApi {

	private final ScoringSettingsManagement scoring;

	private final CurrentUser currentUser;

	ScoringSettingsApi(ScoringSettingsManagement scoring, CurrentUser currentUser) {
		this.scoring = scoring;
		this.currentUser = currentUser;
	}

	@Schema(description = "预算执行率的一档：执行率达到 rate 得 points 分")
	record TierResponse(@Schema(description = "执行率下限，小数") BigDecimal rate,
			@Schema(description = "得分") BigDecimal points) {
	}

	@Schema(description = "一级指标默认权重")
	record WeightsResponse(BigDecimal execution, BigDecimal output, BigDecimal benefit, BigDecimal satisfaction) {
	}

	@Schema(description = "定性指标各档的下限（占分值的比例，小数）")
	record BandsResponse(@Schema(description = "“达成”档下限") BigDecimal achieved,
			@Schema(description = "“部分达成”档下限") BigDecimal partly) {
	}

	@Schema(description = "计分规则的中文说明")
	record RuleResponse(String title, String text) {
	}

	@Schema(description = "一个预算年度的计分设置")
	record SettingsResponse(int fiscalYear, @Schema(description = "false 表示该年度未保存设置，使用默认设置") boolean saved,
			String updatedBy, LocalDateTime updatedAt, int version, ScoringSettings.ReverseVariant reverse,
			String reverseLabel, @Schema(description = "超额完成比例，小数") BigDecimal overAchievementShare,
			@Schema(description = "预算执行率分值，即一级权重中的预算执行") BigDecimal executionWeight,
			@Schema(description = "空表示按比例计分") List<TierResponse> executionTiers, WeightsResponse weights,
			BandsResponse qualitativeBands, Weights.FreedWeight freedWeight, String freedWeightLabel,
			List<RuleResponse> rules) {

		static SettingsResponse of(ScoringSettingsRecord r) {
			ScoringSettings s = r.settings();
			Weights w = s.weights();
			return new SettingsResponse(s.fiscalYear(), r.saved(), r.updatedBy(), r.updatedAt(), r.version(),
					s.reverse(), s.reverse().label(), s.overAchievement().share(), s.executionWeight(),
					s.executionTiers().stream().map(t -> new TierResponse(t.rate(), t.points())).toList(),
					new WeightsResponse(w.execution(), w.output(), w.benefit(), w.satisfaction()),
					new BandsResponse(s.bands().achieved(), s.bands().partly()), s.freedWeight(),
					s.freedWeight().label(),
					ScoringGuide.rules(s).stream().map(rule -> new RuleResponse(rule.title(), rule.text())).toList());
		}
	}

	@GetMapping
	@Operation(summary = "计分设置", description = "指定预算年度（缺省为当前用户选择的年度）的计分设置；未保存的年度返回默认设置（saved 为 false）")
	SettingsResponse read(@RequestParam(required = false) Integer year) {
		int fiscalYear = year == null ? currentUser.fiscalYear().value() : year;
		if (!FiscalYear.isValid(fiscalYear)) {
			throw new RuleViolation("year", "预算年度须在 " + FiscalYear.MIN + " 至 " + FiscalYear.MAX + " 之间");
		}
		return SettingsResponse.of(scoring.record(fiscalYear));
	}

}
