package org.perfdesk.targets.quality;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.perfdesk.indicator.IndicatorCategory;
import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.TargetSubject;

/**
 * D6 指标归类不当, judged by keywords in the name: satisfaction outside 满意度指标 and 满意度指标 that
 * are not about satisfaction; rates (率, 合格, 达标) under 数量; effects (提升, 促进, 改善) under 产出;
 * counts (次数, 人数, 数量) under 质量/时效/成本 or counts of activities under 效益.
 * <p>
 * Warning: keywords are a hint, not proof ("合格证发放数量" is a count), and moving a row is the
 * filler's decision. At most one finding per row, the first that applies, so that a badly
 * placed row is not listed three times.
 */
public final class IndicatorInWrongCategory extends RowRule {

	private static final Pattern SATISFACTION = Pattern.compile("满意");

	private static final Pattern RATE = Pattern.compile("率|合格|达标|优良|准确|规范");

	private static final Pattern EFFECT = Pattern.compile("提升|促进|改善|带动|增强|增收");

	/**
	 * Counting words; 人数 is left out for benefits, where "受益人数" is a fair social benefit.
	 */
	private static final Pattern OUTPUT_COUNT = Pattern.compile("次数|人数|数量|场次|人次|个数|件数|户数|派遣数|数$");

	private static final Pattern MONEY_UNIT = Pattern.compile("^万?元");

	private static final Pattern ACTIVITY_COUNT = Pattern.compile("次数|数量|场次|人次|个数|件数");

	public IndicatorInWrongCategory() {
		super("D6", "指标归类不当", Severity.WARNING);
	}

	@Override
	boolean appliesTo(Indicator indicator) {
		return indicator.subcategory() != null && !Rows.normalisedName(Rows.name(indicator)).isEmpty();
	}

	@Override
	Optional<Finding> checkRow(int index, Indicator indicator, TargetSubject subject) {
		// A cost valued in money measures money, whatever its name counts ("支出控制数
		// ≤315万元").
		if (indicator.subcategory().isCost() && MONEY_UNIT.matcher(Rows.unit(indicator.value())).find()) {
			return Optional.empty();
		}
		return Optional.ofNullable(advice(indicator.subcategory(), Rows.normalisedName(Rows.name(indicator))))
			.map(advice -> rowFinding(index, "subcategory", Rows.describe(index, indicator) + advice));
	}

	private static String advice(IndicatorSubcategory subcategory, String name) {
		IndicatorCategory category = subcategory.category();
		boolean satisfactionCategory = category == IndicatorCategory.SATISFACTION;
		if (!satisfactionCategory && SATISFACTION.matcher(name).find()) {
			return "是满意度指标，却放在了“" + subcategory.label() + "”下。请移到服务对象满意度指标，“" + subcategory.label() + "”下另写该项目实际的"
					+ subcategory.label().replaceFirst("指标$", "") + "。";
		}
		if (satisfactionCategory && !SATISFACTION.matcher(name).find()) {
			return "放在满意度指标下，名称却没有写明满意度。请写明谁对什么满意（如“参训青年满意度”），或把该行移到相应的产出或效益指标。";
		}
		Matcher rate = RATE.matcher(name);
		if (subcategory == IndicatorSubcategory.QUANTITY && rate.find()) {
			return "的名称含“" + rate.group() + "”，衡量的是质量而不是数量。请移到质量指标。";
		}
		Matcher effect = EFFECT.matcher(name);
		if (category == IndicatorCategory.OUTPUT && !subcategory.isCost() && effect.find()) {
			return "的名称含“" + effect.group() + "”，描述的是效果而不是产出。请移到效益指标。";
		}
		Matcher count = OUTPUT_COUNT.matcher(name);
		if ((subcategory == IndicatorSubcategory.QUALITY || subcategory == IndicatorSubcategory.TIMELINESS
				|| subcategory.isCost()) && count.find()) {
			return "的名称含“" + count.group() + "”，衡量的是数量。请移到数量指标，" + subcategory.label() + "请另设（" + hint(subcategory)
					+ "）。";
		}
		Matcher activity = ACTIVITY_COUNT.matcher(name);
		if (category == IndicatorCategory.BENEFIT && activity.find()) {
			return "的名称含“" + activity.group() + "”，统计的是活动产出而不是效益。请移到产出—数量指标，效益指标写活动带来的变化。";
		}
		return null;
	}

	private static String hint(IndicatorSubcategory subcategory) {
		return switch (subcategory) {
			case QUALITY -> "如合格率、达标率";
			case TIMELINESS -> "如完成时间、及时率";
			default -> "如人均成本、总成本，以金额表示";
		};
	}

}
