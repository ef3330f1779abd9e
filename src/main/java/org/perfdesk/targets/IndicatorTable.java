package org.perfdesk.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.perfdesk.indicator.IndicatorCategory;
import org.perfdesk.indicator.IndicatorSubcategory;

/**
 * The indicator table as the published forms print it: rows ordered by the scheme's
 * level-2 order (then as entered), with the level-1 and level-2 cells spanning their
 * rows.
 */
public final class IndicatorTable {

	/**
	 * One printed row.
	 *
	 * @param index the indicator's position in the content (for findings and form fields)
	 * @param categorySpan rows the level-1 cell spans, 0 when an earlier row carries it
	 * @param subcategorySpan rows the level-2 cell spans, 0 when an earlier row carries
	 * it
	 */
	public record Row(Indicator indicator, int index, IndicatorCategory category, int categorySpan,
			IndicatorSubcategory subcategory, int subcategorySpan) {
	}

	private IndicatorTable() {
	}

	public static List<Row> rows(TargetContent content) {
		List<IndicatorSubcategory> order = content.scheme().subcategories();
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < content.indicators().size(); i++) {
			indexes.add(i);
		}
		indexes.sort(Comparator.comparingInt((Integer i) -> {
			int at = order.indexOf(content.indicators().get(i).subcategory());
			return at < 0 ? order.size() : at;
		}).thenComparingInt(i -> i));
		List<Row> rows = new ArrayList<>();
		for (int k = 0; k < indexes.size(); k++) {
			Indicator ind = content.indicators().get(indexes.get(k));
			IndicatorSubcategory sub = ind.subcategory();
			boolean firstOfCategory = k == 0
					|| content.indicators().get(indexes.get(k - 1)).subcategory().category() != sub.category();
			boolean firstOfSub = k == 0 || content.indicators().get(indexes.get(k - 1)).subcategory() != sub;
			int categorySpan = 0;
			int subSpan = 0;
			if (firstOfCategory) {
				for (int j = k; j < indexes.size()
						&& content.indicators().get(indexes.get(j)).subcategory().category() == sub.category(); j++) {
					categorySpan++;
				}
			}
			if (firstOfSub) {
				for (int j = k; j < indexes.size()
						&& content.indicators().get(indexes.get(j)).subcategory() == sub; j++) {
					subSpan++;
				}
			}
			rows.add(new Row(ind, indexes.get(k), sub.category(), categorySpan, sub, subSpan));
		}
		return rows;
	}

}
