package org.perfdesk.indicator;

import static org.perfdesk.indicator.IndicatorSubcategory.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 指标体系: the level-1 → level-2 tree a fiscal year's targets use. The finance bureau
 * chooses one per year ({@link SchemeSettings}); both are still in use locally (domain.md
 * §1.2).
 */
public enum IndicatorScheme {

	/** 财预〔2015〕88号: 产出 (数量/质量/时效/成本), 效益 (经济/社会/生态/可持续影响), 满意度. */
	CLASSIC_2015("2015版（财预〔2015〕88号）：产出、效益、满意度",
			List.of(QUANTITY, QUALITY, TIMELINESS, OUTPUT_COST, ECONOMIC, SOCIAL, ECOLOGICAL, SUSTAINABILITY,
					SERVICE_SATISFACTION),
			List.of(QUANTITY, QUALITY, TIMELINESS, OUTPUT_COST, SOCIAL, SERVICE_SATISFACTION)),

	/** 财预〔2021〕101号: 成本 (经济/社会/生态环境), 产出 (数量/质量/时效), 效益 (经济/社会/生态), 满意度. */
	CORE_2021("2021版（财预〔2021〕101号）：成本、产出、效益、满意度",
			List.of(ECONOMIC_COST, SOCIAL_COST, ECOLOGICAL_COST, QUANTITY, QUALITY, TIMELINESS, ECONOMIC, SOCIAL,
					ECOLOGICAL, SERVICE_SATISFACTION),
			List.of(ECONOMIC_COST, QUANTITY, QUALITY, TIMELINESS, SOCIAL, SERVICE_SATISFACTION));

	private final String label;

	private final List<IndicatorSubcategory> subcategories;

	private final List<IndicatorSubcategory> required;

	IndicatorScheme(String label, List<IndicatorSubcategory> subcategories, List<IndicatorSubcategory> required) {
		this.label = label;
		this.subcategories = subcategories;
		this.required = required;
	}

	public String label() {
		return label;
	}

	/** The level-2 categories of this scheme, in the order of the published forms. */
	public List<IndicatorSubcategory> subcategories() {
		return subcategories;
	}

	/**
	 * The level-2 categories a project target must fill in this scheme (checked by the
	 * quality rules, D13): the outputs, a cost, a social benefit and the satisfaction of
	 * those served.
	 */
	public List<IndicatorSubcategory> required() {
		return required;
	}

	/** Level 1 → its level-2 categories, for grouped selects and tables. */
	public Map<IndicatorCategory, List<IndicatorSubcategory>> tree() {
		var tree = new LinkedHashMap<IndicatorCategory, List<IndicatorSubcategory>>();
		for (IndicatorSubcategory s : subcategories) {
			tree.computeIfAbsent(s.category(), c -> new java.util.ArrayList<>()).add(s);
		}
		return tree;
	}

	public boolean contains(IndicatorSubcategory subcategory) {
		return subcategories.contains(subcategory);
	}

	/**
	 * The place of a level-2 category in this scheme: catalogue entries and old targets
	 * written for the other scheme land here. Costs map onto each other, 可持续影响 becomes
	 * 社会效益.
	 */
	public IndicatorSubcategory place(IndicatorSubcategory subcategory) {
		if (contains(subcategory)) {
			return subcategory;
		}
		return switch (subcategory) {
			case OUTPUT_COST, SOCIAL_COST, ECOLOGICAL_COST -> this == CORE_2021 ? ECONOMIC_COST : OUTPUT_COST;
			case ECONOMIC_COST -> OUTPUT_COST;
			case SUSTAINABILITY -> SOCIAL;
			default -> subcategory;
		};
	}

	/**
	 * The default before the bureau chooses: 2021 and later years use the 101号 scheme.
	 */
	public static IndicatorScheme defaultFor(int fiscalYear) {
		return fiscalYear >= 2022 ? CORE_2021 : CLASSIC_2015;
	}

}
