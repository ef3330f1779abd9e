package org.perfdesk.targets.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.perfdesk.indicator.TargetValue;
import org.perfdesk.shared.Amount;
import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.TargetContent;
import org.perfdesk.targets.TargetKind;
import org.perfdesk.targets.TargetSubject;

/**
 * D7 中长期内容填入年度目标: the whole project budget entered as the year's funds, a fiscal year
 * outside the project period, an indicator deadline in another year, or an annual
 * objective that reaches past the year ("到2025年…", "三年内…").
 * <p>
 * Warning: each of these has honest exceptions (a multi-year project funded entirely in
 * its first year, a deadline in January for work paid this year), which only the reviewer
 * can weigh.
 */
public final class LongTermInAnnualTarget extends RowRule {

	private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");

	/** "三年内", "用5年时间"; the look-behind keeps "2022年内" (this year) out. */
	private static final Pattern SEVERAL_YEARS = Pattern.compile("(?<!\\d)[两二三四五六七八九十2-9]\\s*年(内|间|时间)");

	public LongTermInAnnualTarget() {
		super("D7", "中长期内容填入年度目标", Severity.WARNING);
	}

	@Override
	public List<Finding> check(TargetSubject subject) {
		List<Finding> findings = new ArrayList<>();
		TargetContent content = subject.content();
		int year = subject.fiscalYear();
		if (content.kind() == TargetKind.PROJECT) {
			checkPeriodAndFunds(subject, findings);
		}
		findings.addAll(checkRows(subject));
		String objective = content.annualObjective() == null ? "" : content.annualObjective();
		String later = laterYear(objective, year);
		if (later != null) {
			findings.add(targetFinding("annualObjective",
					"年度目标提到了“" + later + "”，超出了" + year + "年度。请只写本年度要完成的目标，长期目标写入中期目标。"));
		}
		return findings;
	}

	@Override
	boolean appliesTo(Indicator indicator) {
		TargetValue value = indicator.value();
		return value != null && value.kind() == TargetValue.Kind.DATE && value.deadline() != null;
	}

	@Override
	Optional<Finding> checkRow(int index, Indicator indicator, TargetSubject subject) {
		TargetValue value = indicator.value();
		int year = subject.fiscalYear();
		int deadlineYear = value.deadline().getYear();
		if (deadlineYear > year) {
			return Optional.of(rowFinding(index, "value", Rows.describe(index, indicator) + "的完成时间"
					+ Rows.quote(value.typed()) + "在" + year + "年之后。年度目标只写本年度能完成的内容；跨年的安排写入中期目标。"));
		}
		if (deadlineYear < year) {
			return Optional.of(rowFinding(index, "value",
					Rows.describe(index, indicator) + "的完成时间" + Rows.quote(value.typed()) + "早于" + year + "年，请核对年份。"));
		}
		return Optional.empty();
	}

	private void checkPeriodAndFunds(TargetSubject subject, List<Finding> findings) {
		Integer start = subject.startYear();
		Integer end = subject.endYear();
		int year = subject.fiscalYear();
		if (start == null || end == null) {
			return;
		}
		if (year < start || year > end) {
			findings.add(targetFinding(null, "项目期为" + start + "—" + end + "年，本目标所属的" + year + "年度不在项目期内。请核对项目期或目标年度。"));
		}
		Amount budget = subject.projectBudget();
		Amount annual = Rows.annualFunds(subject.content());
		if (end > start && budget != null && budget.yuan().signum() > 0 && annual.compareTo(budget) == 0) {
			findings.add(targetFinding("fiscalFunds", "项目期为" + start + "—" + end + "年，年度资金" + annual.formatWan()
					+ "万元却等于项目总预算。请只填" + year + "年度安排的资金，并按本年度资金设定年度指标。"));
		}
	}

	private static String laterYear(String objective, int year) {
		Matcher years = YEAR.matcher(objective);
		while (years.find()) {
			if (Integer.parseInt(years.group(1)) > year) {
				return years.group();
			}
		}
		Matcher several = SEVERAL_YEARS.matcher(objective);
		return several.find() ? several.group() : null;
	}

}
