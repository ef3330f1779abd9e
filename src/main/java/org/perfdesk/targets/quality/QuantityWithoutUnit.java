package org.perfdesk.targets.quality;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

import org.perfdesk.indicator.TargetValue;
import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.TargetSubject;

/**
 * D3 计量单位缺失或不一致: a number without a unit ("≥78"), a word that names the measure instead
 * of a unit ("≥80认可度", "≥78人数", "≥85满意度"), or a percentage above 100 where 100 is the
 * ceiling.
 * <p>
 * A number without a unit is an error: "≥78" cannot be compared with anything at the end
 * of the year, and the fix is one word. The other two are warnings: "≥78人数" is readable
 * (it means 人), and some rates may exceed 100% (growth, 同比), which the rule cannot always
 * tell from the name. In satisfaction rows a word such as "认可度" is left to D10, which
 * gives the same advice (a percentage) and would otherwise repeat it.
 */
public final class QuantityWithoutUnit extends RowRule {

	/**
	 * Units that are really the name of what is measured: "满意度", "认可度", "人数", "次数",
	 * "合格率", "满意度调查". Real units are short nouns (人, 人次, 场, 万元, %, 天); a two-character
	 * word ending in 度/数/率/性 is not one.
	 */
	private static final Pattern NOT_A_UNIT = Pattern.compile("^.+[度数率性]$|满意|认可|调查|评价");

	/** Names of rates that can honestly exceed 100%. */
	private static final Pattern MAY_EXCEED_HUNDRED = Pattern.compile("增长|增幅|增速|同比|比上年|环比|提高|超额");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public QuantityWithoutUnit() {
		super("D3", "计量单位缺失或不一致", Severity.ERROR);
	}

	@Override
	boolean appliesTo(Indicator indicator) {
		return Rows.isQuantity(indicator.value());
	}

	@Override
	Optional<Finding> checkRow(int index, Indicator indicator, TargetSubject subject) {
		TargetValue value = indicator.value();
		String unit = Rows.unit(value);
		String where = Rows.describeValue(index, indicator);
		if (unit.isEmpty()) {
			return Optional.of(rowFinding(index, "value", where + "没有计量单位。请在数值后写明单位，如“人次”“场”“%”“万元”。"));
		}
		if (NOT_A_UNIT.matcher(unit).find() && !SatisfactionWithoutThreshold.isSatisfaction(indicator)) {
			return Optional.of(rowWarning(index, "value",
					where + "中的“" + unit + "”不是计量单位，而是指标内容。" + (unit.contains("满意") || unit.contains("认可")
							? "满意度、认可度应以百分比表示，如“≥90%”。" : "请改用计量单位，如“人”“次”“%”。")));
		}
		if ("%".equals(unit) && Rows.highest(value).compareTo(HUNDRED) > 0
				&& !MAY_EXCEED_HUNDRED.matcher(Rows.name(indicator)).find()) {
			return Optional.of(rowWarning(index, "value", where + "超过100%。比率一般不超过100%；如果是数量或金额，请改用对应单位。"));
		}
		return Optional.empty();
	}

}
