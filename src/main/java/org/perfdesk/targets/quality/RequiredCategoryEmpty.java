package org.perfdesk.targets.quality;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.perfdesk.indicator.IndicatorCategory;
import org.perfdesk.indicator.IndicatorScheme;
import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.TargetContent;
import org.perfdesk.targets.TargetKind;
import org.perfdesk.targets.TargetSubject;

/**
 * D13 必填维度缺失: a project target must fill every level-2 category its scheme requires
 * ({@link IndicatorScheme#required()}: the outputs, a cost, a social benefit,
 * satisfaction); a department target the level-1 categories 产出, 效益 and 满意度 (its
 * indicators vary too much by duty to require level 2); and every target needs at least
 * three indicators.
 * <p>
 * Error: 88号 完整性 is the first thing the review checks, and a target without, say, a
 * satisfaction indicator cannot be scored against the usual weights at self-evaluation.
 * The minimum count is a local rule ("总数不得少于 3个"), so it is a constructor argument.
 */
public final class RequiredCategoryEmpty extends AbstractRule {

	private final int minimumIndicators;

	private final Set<IndicatorCategory> departmentCategories;

	public RequiredCategoryEmpty() {
		this(3, EnumSet.of(IndicatorCategory.OUTPUT, IndicatorCategory.BENEFIT, IndicatorCategory.SATISFACTION));
	}

	public RequiredCategoryEmpty(int minimumIndicators, Set<IndicatorCategory> departmentCategories) {
		super("D13", "必填维度缺失", Severity.ERROR);
		this.minimumIndicators = minimumIndicators;
		this.departmentCategories = Set.copyOf(departmentCategories);
	}

	@Override
	public List<Finding> check(TargetSubject subject) {
		List<Finding> findings = new ArrayList<>();
		TargetContent content = subject.content();
		IndicatorScheme scheme = content.scheme() != null ? content.scheme()
				: IndicatorScheme.defaultFor(subject.fiscalYear());
		List<Indicator> indicators = content.indicators();
		if (content.kind() == TargetKind.DEPARTMENT) {
			for (IndicatorCategory category : IndicatorCategory.values()) {
				boolean filled = indicators.stream()
					.anyMatch(i -> i.subcategory() != null && i.subcategory().category() == category);
				if (departmentCategories.contains(category) && !filled) {
					findings.add(targetFinding("indicators", "缺少一级指标“" + category.label() + "”。部门整体支出绩效目标须包含"
							+ labels(departmentCategories) + "，请至少填写一个" + category.label() + "。"));
				}
			}
		}
		else {
			for (IndicatorSubcategory required : scheme.required()) {
				boolean filled = indicators.stream()
					.anyMatch(i -> i.subcategory() != null && scheme.place(i.subcategory()) == required);
				if (!filled) {
					findings.add(targetFinding("indicators", "缺少必填的二级指标“" + required.category().label() + "—"
							+ required.label() + "”。请至少填写一个，如“" + Rows.example(required) + "”。"));
				}
			}
		}
		if (indicators.size() < minimumIndicators) {
			findings.add(targetFinding("indicators",
					"只有" + indicators.size() + "个绩效指标，少于" + minimumIndicators + "个。请补充能反映产出、效益和满意度的指标。"));
		}
		return findings;
	}

	private String labels(Set<IndicatorCategory> categories) {
		return String.join("、", EnumSet.copyOf(categories).stream().map(IndicatorCategory::label).toList());
	}

}
