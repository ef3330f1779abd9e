package org.perfdesk.targets;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfdesk.shared.RuleViolation;

/**
 * 资金支出计划的节点: the four month ends of a fiscal year at which every target's spending plan
 * ({@link SpendingPlan}) gives the cumulative share of the year's funds. 3/6/9/12 月底
 * unless the finance bureau set the year otherwise (seed 004's city uses 3/6/10/12). The
 * plan keeps its four shares in order; the year's months say which month end each one is.
 *
 * @param months four months, ascending, the last 12
 * @param chosen true when the finance bureau set them, false for the default
 * @param chosenBy the username of whoever set them; null for the default
 * @param chosenAt when; null for the default
 */
public record SpendingCheckpoints(int fiscalYear, List<Integer> months, boolean chosen, String chosenBy,
		LocalDateTime chosenAt) {

	/** 3、6、9、12 月底. */
	public static final List<Integer> DEFAULT_MONTHS = List.of(3, 6, 9, 12);

	public SpendingCheckpoints {
		months = List.copyOf(months);
	}

	static SpendingCheckpoints byDefault(int fiscalYear) {
		return new SpendingCheckpoints(fiscalYear, DEFAULT_MONTHS, false, null, null);
	}

	/** "3月底", "6月底" …, the column headings of the printed forms. */
	public List<String> labels() {
		return labels(months);
	}

	public static List<String> labels(List<Integer> months) {
		return months.stream().map(m -> m + "月底").toList();
	}

	/** "3、6、10、12 月底". */
	public String text() {
		return String.join("、", months.stream().map(String::valueOf).toList()) + " 月底";
	}

	/**
	 * Reads "3,6,10,12" (commas, 、 or spaces between) and checks it: four months from 1
	 * to 12, each later than the one before, the last 12.
	 * @throws RuleViolation with a Chinese message under "months"
	 */
	public static List<Integer> parse(String text) {
		Map<String, String> errors = new LinkedHashMap<>();
		List<Integer> months = new ArrayList<>();
		String[] parts = text == null ? new String[0] : text.strip().split("[,，、\\s]+");
		for (String part : parts) {
			if (part.isEmpty()) {
				continue;
			}
			try {
				months.add(Integer.parseInt(part.replace("月底", "").replace("月", "")));
			}
			catch (NumberFormatException e) {
				errors.put("months", "“" + part + "”不是月份，请写 1 到 12 的数字");
				throw new RuleViolation(errors);
			}
		}
		check(months);
		return List.copyOf(months);
	}

	static void check(List<Integer> months) {
		String error = null;
		if (months.size() != 4) {
			error = "节点须为 4 个月份，当前为 " + months.size() + " 个";
		}
		else if (months.stream().anyMatch(m -> m < 1 || m > 12)) {
			error = "月份须在 1 到 12 之间";
		}
		else if (months.get(3) != 12) {
			error = "最后一个节点须为 12 月底（全年支出 100%）";
		}
		else {
			for (int i = 1; i < months.size(); i++) {
				if (months.get(i) <= months.get(i - 1)) {
					error = "节点月份须逐个递增";
					break;
				}
			}
		}
		if (error != null) {
			throw new RuleViolation(Map.of("months", error));
		}
	}

	/** As stored: "3,6,10,12". */
	String stored() {
		return String.join(",", months.stream().map(String::valueOf).toList());
	}

}
