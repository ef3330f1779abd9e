package org.perfdesk.targets.quality;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.perfdesk.indicator.IndicatorCategory;
import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.targets.Indicator;
import org.perfdesk.targets.TargetSubject;

/**
 * D5 用层级名称或占位文字作三级指标: "社会成本指标", "满意度指标", "数量指标", "满意度" as a level-3 name, or template
 * text left behind ("指标1", "XX", "请填写"). Such a row says nothing about what will be
 * delivered.
 * <p>
 * Warning: the row may still carry a sound value, and renaming is the reviewer's request
 * to make. "服务对象满意度" is not flagged although it is the level-2 label without "指标": it is
 * the standard level-3 name on published forms, and D10 checks its value.
 */
public final class LevelNameAsIndicatorName extends RowRule {

	/**
	 * Level-1 and level-2 labels, with and without "指标", normalised like the names they
	 * are compared with.
	 */
	private static final Set<String> LEVEL_NAMES = levelNames();

	/**
	 * Template text; a name of symbols only ("××", "…") normalises to nothing and is
	 * caught as well.
	 */
	private static final Pattern PLACEHOLDER = Pattern.compile("^(三级)?指标(名称)?\\d*$|xx|请填写|请输入|示例|待定");

	public LevelNameAsIndicatorName() {
		super("D5", "层级名称或占位文字作指标名称", Severity.WARNING);
	}

	@Override
	boolean appliesTo(Indicator indicator) {
		return !Rows.name(indicator).isEmpty(); // S2 reports a row without a name
	}

	@Override
	Optional<Finding> checkRow(int index, Indicator indicator, TargetSubject subject) {
		String name = Rows.normalisedName(Rows.name(indicator));
		if (LEVEL_NAMES.contains(name)) {
			return Optional.of(rowFinding(index, "name", Rows.describe(index, indicator)
					+ "用了一级或二级指标的名称作三级指标。请写明具体考核的内容，如“" + Rows.example(indicator.subcategory()) + "”。"));
		}
		if (name.isEmpty() || PLACEHOLDER.matcher(name).find()) {
			return Optional
				.of(rowFinding(index, "name", Rows.describe(index, indicator) + "像是模板中的占位文字。请改为具体的指标名称，或删除该行。"));
		}
		return Optional.empty();
	}

	private static Set<String> levelNames() {
		Set<String> names = new HashSet<>();
		for (IndicatorCategory category : IndicatorCategory.values()) {
			addWithAndWithoutSuffix(names, category.label());
		}
		for (IndicatorSubcategory subcategory : IndicatorSubcategory.values()) {
			addWithAndWithoutSuffix(names, subcategory.label());
		}
		names.remove(Rows.normalisedName("服务对象满意度"));
		return Set.copyOf(names);
	}

	private static void addWithAndWithoutSuffix(Set<String> names, String label) {
		names.add(Rows.normalisedName(label));
		names.add(Rows.normalisedName(label.replaceFirst("指标$", "")));
	}

}
