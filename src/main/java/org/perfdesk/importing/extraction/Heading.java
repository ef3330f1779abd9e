package org.perfdesk.importing.extraction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.perfdesk.importing.reading.Line;

/**
 * Who and what a document is about, read from its head: the title, the labelled cells
 * (项目名称, 实施单位, 主管部门, 部门名称 …) and lines such as 填报单位：…; the budget year evaluated (2022年度
 * in the title or beside it, not the date the document was signed); and the money unit
 * the document states (单位：万元 / 金额单位：元 / 项目资金（万元）).
 */
public final class Heading {

	private static final Pattern YEAR_OF = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*度");

	private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月)");

	private static final Pattern DATE = Pattern.compile("(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月(\\s*\\d{1,2}\\s*日)?");

	private static final Pattern MONEY_UNIT = Pattern.compile("(?:金额|资金)?单位\\s*[:：]?\\s*(万元|元)|[(（]\\s*(万元|元)\\s*[)）]");

	public static final List<String> PROJECT_LABELS = List.of("项目名称", "项目(名称)", "专项名称", "资金名称", "专项资金名称");

	public static final List<String> UNIT_LABELS_FOR_PROJECTS = List.of("实施单位", "项目实施单位", "主管部门", "项目主管部门", "单位名称",
			"预算单位", "部门名称", "填报单位", "评价单位");

	public static final List<String> UNIT_LABELS_FOR_DEPARTMENTS = List.of("部门名称", "部门(单位)名称", "单位名称", "部门单位名称", "主管部门",
			"预算部门", "预算单位", "填报单位", "评价单位", "实施单位");

	private Heading() {
	}

	/** The value of the first of these labels found in the document's first lines. */
	public static String labelled(List<Line> lines, List<String> labels, int limit) {
		for (String label : labels) {
			for (int i = 0; i < Math.min(limit, lines.size()); i++) {
				if (!lines.get(i).table()) {
					// 主管部门 某委员会 实施单位 某中心: a paragraph of labels and values apart by
					// spaces
					String value = spaced(lines.get(i).text(), label);
					if (value != null) {
						return clean(value);
					}
					continue;
				}
				List<String> cells = lines.get(i).cells();
				for (int c = 0; c < cells.size(); c++) {
					String compact = Cells.compact(cells.get(c));
					if (!compact.startsWith(Cells.compact(label))) {
						continue;
					}
					String inCell = Cells.afterColon(cells.get(c));
					if (!inCell.isEmpty() && compact.length() > Cells.compact(label).length()) {
						return clean(inCell);
					}
					if (compact.equals(Cells.compact(label)) || compact.length() <= Cells.compact(label).length() + 3) {
						for (int d = c + 1; d < cells.size(); d++) {
							if (!Cells.empty(cells.get(d))) {
								String value = cells.get(d);
								if (isLabel(value)) {
									break;
								}
								return clean(value);
							}
						}
					}
				}
			}
		}
		return null;
	}

	/**
	 * A number printed right of its label (自评总分 | 95), or in the label's own cell after a
	 * colon (自评总分：95分); the first of the labels found wins.
	 */
	public static PrintedNumber labelledNumber(List<Line> lines, List<String> labels, int limit) {
		for (String label : labels) {
			String wanted = Cells.compact(label);
			for (int i = 0; i < Math.min(limit, lines.size()); i++) {
				List<String> cells = lines.get(i).cells();
				for (int c = 0; c < cells.size(); c++) {
					String compact = Cells.compact(cells.get(c));
					if (!compact.startsWith(wanted) || compact.length() > wanted.length() + 8) {
						continue;
					}
					Optional<PrintedNumber> inCell = PrintedNumber.parse(Cells.afterColon(cells.get(c)));
					if (inCell.isPresent() && !inCell.get().percent()) {
						return inCell.get();
					}
					if (compact.equals(wanted) && c + 1 < cells.size()) {
						Optional<PrintedNumber> next = PrintedNumber.parse(cells.get(c + 1));
						if (next.isPresent() && !next.get().percent()) {
							return next.get();
						}
					}
				}
			}
		}
		return null;
	}

	private static String spaced(String text, String label) {
		String[] words = text.split(" ");
		for (int w = 0; w + 1 < words.length; w++) {
			if (words[w].equals(label) && !isLabel(words[w + 1])) {
				return words[w + 1];
			}
		}
		return null;
	}

	private static boolean isLabel(String cell) {
		String c = Cells.compact(cell);
		return c.endsWith("单位") || c.endsWith("部门") || c.endsWith("名称") || c.endsWith("代码") || c.endsWith("负责人")
				|| c.endsWith("电话") || c.endsWith("万元") || PrintedNumber.parse(cell).isPresent();
	}

	private static String clean(String value) {
		String v = value.strip();
		// "中国共产主义青年团某市委员会（盖章）"
		v = v.replaceAll("[(（]\\s*(盖章|公章|签章|章)\\s*[)）]$", "").strip();
		return v.isEmpty() || v.length() > 80 ? null : v;
	}

	/** The budget year: from the title lines first, then from a line such as （2021年度）. */
	public static Integer year(List<Line> lines, int titleLine) {
		for (int i = Math.max(0, titleLine - 2); i < Math.min(lines.size(), titleLine + 3); i++) {
			Integer y = yearIn(lines.get(i).text());
			if (y != null) {
				return y;
			}
		}
		for (int i = 0; i < Math.min(lines.size(), 40); i++) {
			Matcher m = YEAR_OF.matcher(chineseYears(lines.get(i).text()));
			if (m.find() && plausible(Integer.valueOf(m.group(1))) != null) {
				return Integer.valueOf(m.group(1));
			}
		}
		return null;
	}

	/** A budget year performance management can have: from 2000 to 2100; else unknown. */
	private static Integer plausible(int year) {
		return year >= 2000 && year <= 2100 ? year : null;
	}

	static Integer yearIn(String raw) {
		String text = chineseYears(raw);
		Matcher of = YEAR_OF.matcher(text);
		if (of.find()) {
			return plausible(Integer.valueOf(of.group(1)));
		}
		String undated = DATE.matcher(text).replaceAll(" ");
		Matcher y = YEAR.matcher(undated);
		return y.find() ? plausible(Integer.valueOf(y.group(1))) : null;
	}

	private static final Pattern CHINESE_YEAR = Pattern.compile("([〇零一二三四五六七八九]{4})(?=\\s*年)");

	/** 二〇二二年度 as 2022年度. */
	static String chineseYears(String text) {
		Matcher m = CHINESE_YEAR.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			StringBuilder digits = new StringBuilder();
			for (char c : m.group(1).toCharArray()) {
				digits.append("〇一二三四五六七八九".indexOf(c == '零' ? '〇' : c));
			}
			m.appendReplacement(out, digits.toString());
		}
		m.appendTail(out);
		return out.toString();
	}

	private static final Pattern PROJECT_IN_TITLE = Pattern
		.compile("^(?:(?:19|20)\\d{2}\\s*年度?)?\\s*(.{2,60}?)(?:项目)?(?:支出)?(?:绩效)?(?:自评价?|评价|自我评价)报告$");

	/**
	 * The project a report's title names: 2023年度青年就业见习培训专项绩效自评报告 names 青年就业见习培训专项; a
	 * title naming a department's whole spending (部门整体) names none.
	 */
	public static Optional<String> projectInTitle(String title, String unit) {
		String t = chineseYears(title.strip());
		if (t.contains("部门整体") || t.contains("单位整体") || t.contains("整体支出")) {
			return Optional.empty();
		}
		Matcher m = PROJECT_IN_TITLE.matcher(t);
		if (!m.find()) {
			return Optional.empty();
		}
		String project = m.group(1).strip();
		if (unit != null && project.startsWith(unit)) {
			project = project.substring(unit.length()).strip();
		}
		return project.length() < 2 || project.endsWith("年度") ? Optional.empty() : Optional.of(project);
	}

	private static final Pattern SIGNATURE_DATE = Pattern
		.compile("^(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日$");

	/**
	 * The unit that signs a report: the line right above its closing date (某市青年就业创业服务中心 /
	 * 2024年3月15日).
	 */
	public static Optional<String> signature(List<Line> lines) {
		for (int i = lines.size() - 1; i > 0 && i >= lines.size() - 6; i--) {
			if (SIGNATURE_DATE.matcher(lines.get(i).text().replace(" ", "")).matches()) {
				String above = lines.get(i - 1).text().strip();
				if (above.length() >= 4 && above.length() <= 40 && !above.matches(".*[,，。;；:：].*")) {
					return Optional.of(above);
				}
			}
		}
		return Optional.empty();
	}

	/** 万元 or 元 where the document says so near its tables, else null. */
	public static String moneyUnit(List<Line> lines) {
		for (int i = 0; i < Math.min(lines.size(), 400); i++) {
			for (String cell : lines.get(i).cells()) {
				if (cell.length() > 60) {
					continue;
				}
				Matcher m = MONEY_UNIT.matcher(cell);
				if (m.find()) {
					return m.group(1) != null ? m.group(1) : m.group(2);
				}
			}
		}
		return null;
	}

	private static final Pattern UNIT_AFTER_YEAR = Pattern.compile(
			"^(?:19|20)\\d{2}\\s*年度?\\s*" + "(.{4,40}?(?:委员会|局|厅|中心|联合会|协会|院|馆|宫|所|站|学校|办公室))(?:本级|机关)?(?:市级|县级|区级|省级)?"
					+ "(?:专项|部门|项目|整体|单位|预算|财政|绩效)");

	/**
	 * The unit named in a title before the year (共青团某市委员会2021年部门整体绩效完成情况表) or right after
	 * it (2020年度共青团某市委员会市级专项资金绩效自评报告).
	 */
	public static Optional<String> unitInTitle(String title) {
		Matcher after = UNIT_AFTER_YEAR.matcher(title.strip());
		if (after.find()) {
			return Optional.of(after.group(1).strip());
		}
		Matcher m = Pattern.compile("^(.{4,40}?)(?:19|20)\\d{2}\\s*年").matcher(title.strip());
		if (m.find()) {
			String unit = m.group(1).strip();
			if (unit.endsWith("委员会") || unit.endsWith("委") || unit.endsWith("局") || unit.endsWith("厅")
					|| unit.endsWith("中心") || unit.endsWith("会") || unit.endsWith("院") || unit.endsWith("部")
					|| unit.endsWith("办") || unit.endsWith("馆") || unit.endsWith("宫") || unit.endsWith("所")
					|| unit.endsWith("站") || unit.endsWith("校") || unit.endsWith("处")) {
				return Optional.of(unit);
			}
		}
		return Optional.empty();
	}

}
