package org.perfdesk.targets.quality;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.TargetSubject;

/**
 * D2 投入当作产出: money spent or staff deployed written as a 数量/质量 indicator ("业务工作支出安排金额
 * 28.8万元"). Inputs (财力、人力、物力) are not performance; they belong in the funds, or as a 成本指标
 * when the point is to cap them.
 * <p>
 * Warning, not error: the keyword cannot tell "资金拨付及时率" (a fair process measure some
 * regions accept) from a plain amount, so the reviewer decides. "人员" alone is not
 * flagged: "培训人员" are the output of a training project; only staff words that mean input
 * ("工作人员", "投入人员", "在编人员") are. Rates of money are not inputs either: "预算执行率" and "资金到位率"
 * measure how the funds were managed, and both schemes' common indicator sets list them
 * under 产出—质量, so a name ending in 率 or a value in % is left alone.
 */
public final class InputAsOutput extends RowRule {

	private static final Pattern INPUT_WORDS = Pattern.compile("经费|资金|支出|预算|万元|金额|(投入|工作|在编|在职|聘用|安排)人员");

	private static final Pattern MONEY_UNIT = Pattern.compile("^万?元");

	public InputAsOutput() {
		super("D2", "投入当作产出", Severity.WARNING);
	}

	@Override
	boolean appliesTo(Indicator indicator) {
		return Rows.in(indicator, IndicatorSubcategory.QUANTITY) || Rows.in(indicator, IndicatorSubcategory.QUALITY);
	}

	@Override
	Optional<Finding> checkRow(int index, Indicator indicator, TargetSubject subject) {
		String name = Rows.name(indicator);
		Matcher words = INPUT_WORDS.matcher(name);
		String unit = Rows.unit(indicator.value());
		boolean rate = name.endsWith("率") || indicator.value() != null && indicator.value().isPercentage();
		if (!rate && words.find()) {
			return Optional.of(rowFinding(index, "name", Rows.describe(index, indicator) + "的名称含“" + words.group()
					+ "”，写的是投入而不是产出。请改写为资金形成的产品或服务（如“培训人次”“活动场次”）；需要控制开支的，放到成本指标。"));
		}
		if (MONEY_UNIT.matcher(unit).find()) {
			return Optional.of(rowFinding(index, "value",
					Rows.describe(index, indicator) + "以“" + unit + "”计量，金额是投入不是产出。请改为产出的数量或质量；金额放到成本指标。"));
		}
		return Optional.empty();
	}

}
