package org.perfdesk.targets.quality;

import java.math.BigDecimal;
import java.util.Optional;

import org.perfdesk.indicator.Comparison;
import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.indicator.TargetValue;
import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.TargetSubject;

/**
 * D10 满意度没有百分比阈值: a satisfaction indicator (in 满意度指标, or named "…满意度" wherever it sits)
 * must be a percentage with a floor below 100, e.g. "≥90%". "满意", "较高", "≥80认可度" (a
 * number without %) or "≥85满意度" give no threshold a survey result can be compared with,
 * and "=100%"/"≥100%" is not a target but a hope.
 * <p>
 * Warning: the reviewer may accept a survey-specific scale; a date or unreadable value is
 * D4's and a row without a value S2's.
 */
public final class SatisfactionWithoutThreshold extends RowRule {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public SatisfactionWithoutThreshold() {
		super("D10", "满意度没有百分比阈值", Severity.WARNING);
	}

	@Override
	boolean appliesTo(Indicator indicator) {
		return isSatisfaction(indicator) && Rows.hasValue(indicator);
	}

	@Override
	Optional<Finding> checkRow(int index, Indicator indicator, TargetSubject subject) {
		return Optional.ofNullable(problem(indicator.value()))
			.map(problem -> rowFinding(index, "value", Rows.describeValue(index, indicator) + problem));
	}

	static boolean isSatisfaction(Indicator indicator) {
		return Rows.in(indicator, IndicatorSubcategory.SERVICE_SATISFACTION)
				|| Rows.normalisedName(Rows.name(indicator)).contains("满意度");
	}

	private static String problem(TargetValue value) {
		if (value.kind() == TargetValue.Kind.QUALITATIVE) {
			return "没有可衡量的阈值。满意度应以调查中满意和较满意的比例设定，如“≥90%”。";
		}
		if (!Rows.isQuantity(value)) {
			return null;
		}
		if (!value.isPercentage()) {
			String unit = Rows.unit(value).isEmpty() ? "" : "，而不是“" + Rows.unit(value) + "”";
			return "不是百分比。满意度应以调查中满意和较满意的比例设定，如“≥90%”" + unit + "。";
		}
		Comparison comparison = value.comparison();
		if (comparison == Comparison.AT_MOST || comparison == Comparison.LESS_THAN) {
			return "设成了上限。满意度越高越好，应写作“≥”，如“≥90%”。";
		}
		if (Rows.highest(value).compareTo(HUNDRED) >= 0 && comparison != Comparison.RANGE) {
			return "要求全部满意，实际调查几乎无法达到。请按往年调查结果设定合理阈值，如“≥90%”。";
		}
		return null;
	}

}
