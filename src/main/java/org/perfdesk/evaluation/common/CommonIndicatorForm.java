package org.perfdesk.evaluation.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.perfdesk.consistency.Direction;
import org.perfdesk.evaluation.scoring.Numbers;
import org.perfdesk.shared.DecimalText;

/**
 * The common-indicator template form as posted by the finance bureau: the stated total
 * and one row per indicator, every number as typed so that "text in a number" becomes a
 * Chinese field error instead of a 400. Tiers are typed one per line as "界限%:得分" (e.g.
 * "10:4"), checklist items one per line. Rows with the 删除 box ticked or left completely
 * blank are dropped.
 */
public class CommonIndicatorForm {

	/** A tier line longer than this is not "界限%:得分"; the pattern is not run on it. */
	private static final int MAX_TIER_LINE = 2 * DecimalText.MAX_LENGTH;

	private static final Pattern TIER = Pattern
		.compile("^\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*[%％]?\\s*[:：]\\s*(\\d+(?:\\.\\d+)?)\\s*$");

	private String totalWeight = "";

	private int version;

	private List<Row> rows = new ArrayList<>();

	/** The posted index of each kept row, filled by {@link #toTemplate}. */
	private final List<Integer> kept = new ArrayList<>();

	/** One indicator row, every field as typed. */
	public static class Row {

		private String code = "";

		private String category = "";

		private String group = "";

		private String name = "";

		private String formula = "";

		private String direction = "";

		private String weight = "";

		private String rule = "";

		private String threshold = "";

		private String pointsPerPoint = "";

		private String target = "";

		private String tiers = "";

		private String otherwise = "";

		private String items = "";

		private String deduction = "";

		private boolean remove;

		boolean blank() {
			return List
				.of(code, category, group, name, formula, weight, rule, threshold, pointsPerPoint, target, tiers,
						otherwise, items, deduction)
				.stream()
				.allMatch(s -> s == null || s.isBlank());
		}

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getCategory() {
			return category;
		}

		public void setCategory(String category) {
			this.category = category;
		}

		public String getGroup() {
			return group;
		}

		public void setGroup(String group) {
			this.group = group;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getFormula() {
			return formula;
		}

		public void setFormula(String formula) {
			this.formula = formula;
		}

		public String getDirection() {
			return direction;
		}

		public void setDirection(String direction) {
			this.direction = direction;
		}

		public String getWeight() {
			return weight;
		}

		public void setWeight(String weight) {
			this.weight = weight;
		}

		public String getRule() {
			return rule;
		}

		public void setRule(String rule) {
			this.rule = rule;
		}

		public String getThreshold() {
			return threshold;
		}

		public void setThreshold(String threshold) {
			this.threshold = threshold;
		}

		public String getPointsPerPoint() {
			return pointsPerPoint;
		}

		public void setPointsPerPoint(String pointsPerPoint) {
			this.pointsPerPoint = pointsPerPoint;
		}

		public String getTarget() {
			return target;
		}

		public void setTarget(String target) {
			this.target = target;
		}

		public String getTiers() {
			return tiers;
		}

		public void setTiers(String tiers) {
			this.tiers = tiers;
		}

		public String getOtherwise() {
			return otherwise;
		}

		public void setOtherwise(String otherwise) {
			this.otherwise = otherwise;
		}

		public String getItems() {
			return items;
		}

		public void setItems(String items) {
			this.items = items;
		}

		public String getDeduction() {
			return deduction;
		}

		public void setDeduction(String deduction) {
			this.deduction = deduction;
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

	/**
	 * The template as a form, with {@code blankRows} empty rows at the end for new
	 * indicators.
	 */
	public static CommonIndicatorForm of(CommonIndicatorTemplate template, int blankRows) {
		var form = new CommonIndicatorForm();
		form.totalWeight = Numbers.text(template.totalWeight());
		form.version = template.version();
		for (CommonIndicator c : template.indicators()) {
			var row = new Row();
			row.code = c.code();
			row.category = c.category();
			row.group = c.group();
			row.name = c.name();
			row.formula = c.formula() == null ? "" : c.formula().name();
			row.direction = c.direction().name();
			row.weight = Numbers.text(c.weight());
			row.rule = c.rule().kind().name();
			if (c.rule() instanceof PerPointDeduction d) {
				row.threshold = Numbers.text(d.threshold());
				row.pointsPerPoint = Numbers.text(d.pointsPerPoint());
			}
			else if (c.rule() instanceof Proportional p) {
				row.target = Numbers.text(p.target());
			}
			else if (c.rule() instanceof Tiers t) {
				row.tiers = String.join("\n",
						t.tiers().stream().map(x -> Numbers.text(x.bound()) + ":" + Numbers.text(x.points())).toList());
				row.otherwise = Numbers.text(t.otherwise());
			}
			else if (c.rule() instanceof Checklist l) {
				row.items = String.join("\n", l.items());
				row.deduction = Numbers.text(l.deduction());
			}
			form.rows.add(row);
		}
		for (int i = 0; i < blankRows; i++) {
			form.rows.add(new Row());
		}
		return form;
	}

	/**
	 * The template the form describes, collecting into {@code errors} what cannot be read
	 * (keys {@code totalWeight} and {@code rows[i].x}, i counting the rows as posted).
	 * What can be read is then checked by {@link CommonIndicatorTemplate#problems()},
	 * whose keys count the kept rows; the page shows both lists.
	 */
	CommonIndicatorTemplate toTemplate(int fiscalYear, Map<String, String> errors) {
		BigDecimal total = number(errors, "totalWeight", "总分值", totalWeight);
		List<CommonIndicator> indicators = new ArrayList<>();
		kept.clear();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			if (row == null || row.remove || row.blank()) {
				continue;
			}
			kept.add(i);
			String p = "rows[" + i + "].";
			String which = "第 " + (i + 1) + " 行";
			CommonFormula formula = null;
			if (row.formula != null && !row.formula.isBlank()) {
				formula = Arrays.stream(CommonFormula.values())
					.filter(f -> f.name().equals(row.formula))
					.findFirst()
					.orElse(null);
				if (formula == null) {
					errors.put(p + "formula", which + "：计算公式“" + row.formula + "”无效");
				}
			}
			Direction direction = "NEGATIVE".equals(row.direction) ? Direction.NEGATIVE
					: "POSITIVE".equals(row.direction) ? Direction.POSITIVE : null;
			BigDecimal weight = number(errors, p + "weight", which + "的分值", row.weight);
			CommonRule rule = null;
			CommonRule.Kind kind = Arrays.stream(CommonRule.Kind.values())
				.filter(k -> k.name().equals(row.rule))
				.findFirst()
				.orElse(null);
			if (kind != null) {
				rule = switch (kind) {
					case DEDUCTION ->
						new PerPointDeduction(number(errors, p + "threshold", which + "的满分界限", row.threshold),
								number(errors, p + "pointsPerPoint", which + "的每百分点扣分", row.pointsPerPoint));
					case PROPORTIONAL -> new Proportional(number(errors, p + "target", which + "的目标值", row.target));
					case TIERS -> new Tiers(tiers(errors, p + "tiers", which, row.tiers),
							number(errors, p + "otherwise", which + "未达各档时的得分", row.otherwise));
					case CHECKLIST -> new Checklist(lines(row.items),
							number(errors, p + "deduction", which + "的每项扣分", row.deduction));
				};
			}
			indicators.add(new CommonIndicator(strip(row.code), strip(row.category), strip(row.group), strip(row.name),
					formula, direction, weight, rule));
		}
		return new CommonIndicatorTemplate(fiscalYear, total, indicators, null, null, version);
	}

	/**
	 * {@link CommonIndicatorTemplate#problems()} counts the kept rows; this renumbers its
	 * keys and "第 n 行" to the rows as posted, so each message lands beside its row.
	 */
	Map<String, String> renumber(Map<String, String> problems) {
		var result = new java.util.LinkedHashMap<String, String>();
		problems.forEach((key, message) -> {
			Matcher m = Pattern.compile("^rows\\[(\\d+)\\]\\.(.*)$").matcher(key);
			if (m.matches() && Integer.parseInt(m.group(1)) < kept.size()) {
				int k = Integer.parseInt(m.group(1));
				int posted = kept.get(k);
				result.put("rows[" + posted + "]." + m.group(2),
						message.replaceFirst("^第 " + (k + 1) + " 行", "第 " + (posted + 1) + " 行"));
			}
			else {
				result.put(key, message);
			}
		});
		return result;
	}

	private static String strip(String s) {
		return s == null ? "" : s.strip();
	}

	private static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static BigDecimal number(Map<String, String> errors, String field, String label, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		DecimalText.Reading reading = DecimalText.read(text.replace("％", "").replace("%", ""),
				DecimalText.SCORE_DIGITS);
		if (reading.blank() || reading.problem() == DecimalText.Problem.NOT_A_NUMBER) {
			errors.put(field, label + "须为数字，“" + DecimalText.shown(text) + "”不是数字");
			return null;
		}
		if (reading.problem() != null) {
			errors.put(field, reading.message(label));
			return null;
		}
		return reading.value();
	}

	private static List<Tiers.Tier> tiers(Map<String, String> errors, String field, String which, String text) {
		List<Tiers.Tier> tiers = new ArrayList<>();
		for (String line : lines(text == null ? "" : text.replace("；", "\n").replace(";", "\n"))) {
			Matcher m = line.length() > MAX_TIER_LINE ? null : TIER.matcher(line);
			if (m == null || !m.matches()) {
				errors.put(field, which + "：分档“" + DecimalText.shown(line) + "”格式应为“界限%:得分”，如“10:4”，每档一行");
				continue;
			}
			BigDecimal bound = number(errors, field, which + "分档的界限", m.group(1));
			BigDecimal points = number(errors, field, which + "分档的得分", m.group(2));
			if (bound != null && points != null) {
				tiers.add(new Tiers.Tier(bound, points));
			}
		}
		return tiers;
	}

	public String getTotalWeight() {
		return totalWeight;
	}

	public void setTotalWeight(String totalWeight) {
		this.totalWeight = totalWeight;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public List<Row> getRows() {
		return rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

}
