package org.perfdesk.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.perfdesk.consistency.CheckSeverity;
import org.perfdesk.consistency.ConsistencyChecks;
import org.perfdesk.consistency.Figure;
import org.perfdesk.consistency.Finding;
import org.perfdesk.consistency.PrintedRate;
import org.perfdesk.consistency.PrintedTable;
import org.perfdesk.consistency.ReverseRule;
import org.perfdesk.consistency.StatedSum;
import org.perfdesk.document.Manuscript;
import org.springframework.stereotype.Component;

/**
 * Checks a report as it will be printed. The tables are read back from the generated
 * .docx, not taken from the model, and handed to the consistency checker: every 合计 row
 * must equal the sum of the rows above it and every 执行率 the 支出 ÷ 预算 printed beside it.
 * The narratives are read for figures the user typed: a number that names a 预算, 支出, 执行率,
 * 得分 or 人数 and matches no figure of that kind in the generated parts is an error, because
 * a published report whose words contradict its tables is the defect reviewers find most.
 */
@Component
class ReportChecks {

	/** Figures in narratives: the word, up to a few characters, the number, its unit. */
	private static final Pattern NARRATIVE_FIGURE = Pattern
		.compile("(预算|支出|执行数|执行率|得分|人数|编制数)[^0-9，。；、\\n]{0,8}?([0-9][0-9,]{0,15}(?:\\.[0-9]{1,6})?)\\s*(万元|%|％|分|人)");

	/** Words that make a number a threshold (执行率低于 90%), not a figure of the report. */
	private static final Pattern THRESHOLD = Pattern.compile("低于|高于|超过|不足|不到|以上|以下|至少|最高|最低");

	/**
	 * A figure of the generated parts: digits, separators, a decimal part, perhaps a
	 * percent sign.
	 */
	private static final Pattern PRINTED = Pattern.compile("-?[0-9][0-9,]{0,15}(\\.[0-9]{1,6})?%?");

	private final ConsistencyChecks consistency;

	ReportChecks(ConsistencyChecks consistency) {
		this.consistency = consistency;
	}

	/**
	 * Every finding on the report as printed: tables read back from the .docx first, then
	 * the narratives.
	 */
	List<Finding> check(ReportDraft draft) {
		List<Finding> findings = new ArrayList<>(tables(draft.manuscript().docx(), draft.title()));
		findings.addAll(narratives(draft));
		return findings;
	}

	/** The tables of a generated .docx as the checker reads them. */
	List<Finding> tables(byte[] docx, String name) {
		var table = PrintedTable.builder(name);
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			for (XWPFTable t : document.getTables()) {
				read(t, table);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		// a report's tables hold sums and rates only: the checks of a 自评表's other fields
		// have nothing to check here
		return consistency.checker(ReverseRule.RATIO)
			.check(table.build())
			.stream()
			.filter(f -> !Finding.CHECK_SKIPPED.equals(f.code()))
			.toList();
	}

	private static void read(XWPFTable t, PrintedTable.Builder table) {
		List<XWPFTableRow> rows = t.getRows();
		if (rows.size() < 2) {
			return;
		}
		List<String> header = rows.get(0).getTableCells().stream().map(c -> c.getText().strip()).toList();
		List<List<String>> body = new ArrayList<>();
		for (int r = 1; r < rows.size(); r++) {
			body.add(rows.get(r).getTableCells().stream().map(c -> c.getText().strip()).toList());
		}
		boolean total = body.get(body.size() - 1).get(0).equals("合计");
		int budget = column(header, "预算数", "全年预算数");
		int spent = column(header, "支出数", "执行数");
		for (int c = 0; c < header.size(); c++) {
			String h = header.get(c);
			if (h.contains("执行率") && budget >= 0 && spent >= 0) {
				for (List<String> row : body) {
					if (number(row.get(c)) && number(row.get(budget)) && number(row.get(spent))) {
						table.rate(PrintedRate.of(row.get(0) + " " + h, plain(row.get(c)),
								figure(row.get(0) + " " + header.get(spent), row.get(spent)),
								figure(row.get(0) + " " + header.get(budget), row.get(budget))));
					}
				}
			}
			else if (total && (h.contains("数") || h.equals("分值") || h.equals("得分"))) {
				List<String> total_ = body.get(body.size() - 1);
				if (!number(total_.get(c))) {
					continue;
				}
				List<Figure> parts = new ArrayList<>();
				boolean complete = true;
				for (List<String> row : body.subList(0, body.size() - 1)) {
					if (number(row.get(c))) {
						parts.add(figure(row.get(0) + " " + h, row.get(c)));
					}
					else if (!row.get(c).equals("—")) {
						complete = false;
					}
				}
				if (complete && !parts.isEmpty()) {
					table.sum(new StatedSum(figure(h + "合计", total_.get(c)), parts));
				}
			}
		}
	}

	private static int column(List<String> header, String... names) {
		for (String n : names) {
			int i = header.indexOf(n);
			if (i >= 0) {
				return i;
			}
		}
		return -1;
	}

	private static boolean number(String text) {
		return text != null && PRINTED.matcher(text).matches();
	}

	private static String plain(String printed) {
		return printed.replace(",", "").replace("%", "");
	}

	private static Figure figure(String label, String printed) {
		return Figure.of(label, plain(printed));
	}

	/** Narrative figures that match no generated figure of their kind. */
	List<Finding> narratives(ReportDraft draft) {
		Set<BigDecimal> money = new LinkedHashSet<>();
		Set<BigDecimal> rates = new LinkedHashSet<>();
		Set<BigDecimal> scores = new LinkedHashSet<>();
		Set<BigDecimal> people = new LinkedHashSet<>();
		for (ReportDraft.Section s : draft.sections()) {
			for (ReportDraft.Item item : s.items()) {
				if (item instanceof ReportDraft.Generated g) {
					for (Manuscript.Block b : g.blocks()) {
						collect(b, money, rates, scores, people);
					}
				}
			}
		}
		List<Finding> findings = new ArrayList<>();
		for (ReportDraft.Section s : draft.sections()) {
			for (ReportDraft.Item item : s.items()) {
				if (!(item instanceof ReportDraft.Narrative n) || n.text() == null) {
					continue;
				}
				Matcher m = NARRATIVE_FIGURE.matcher(n.text());
				while (m.find()) {
					String after = n.text().substring(m.end(), Math.min(n.text().length(), m.end() + 2));
					if (THRESHOLD.matcher(m.group()).find() || THRESHOLD.matcher(after).find()) {
						continue;
					}
					BigDecimal value = new BigDecimal(m.group(2).replace(",", ""));
					String unit = m.group(3);
					Set<BigDecimal> known = switch (unit) {
						case "万元" -> money;
						case "%", "％" -> rates;
						case "分" -> scores;
						default -> people;
					};
					if (!known.isEmpty() && known.stream().noneMatch(k -> k.compareTo(value) == 0)) {
						findings.add(new Finding("NARRATIVE_FIGURE", CheckSeverity.ERROR, "“" + n.name() + "”中写的“"
								+ m.group() + "”与报告中生成的数字都不一致，请核对后改正（报告中的" + m.group(1) + "以系统数据为准）"));
					}
				}
			}
		}
		return findings;
	}

	private static void collect(Manuscript.Block b, Set<BigDecimal> money, Set<BigDecimal> rates,
			Set<BigDecimal> scores, Set<BigDecimal> people) {
		if (b instanceof Manuscript.Paragraph p) {
			Matcher m = Pattern.compile("([0-9][0-9,]{0,15}(?:\\.[0-9]{1,6})?)\\s*(万元|%|分|人)").matcher(p.text());
			while (m.find()) {
				add(m.group(1), m.group(2), money, rates, scores, people);
			}
		}
		else if (b instanceof Manuscript.Table t) {
			for (int c = 0; c < t.header().size(); c++) {
				String h = t.header().get(c);
				for (List<String> row : t.rows()) {
					String cell = row.get(c);
					if (cell == null || !number(cell)) {
						continue;
					}
					if (cell.endsWith("%")) {
						add(cell.substring(0, cell.length() - 1), "%", money, rates, scores, people);
					}
					else if (h.equals("分值") || h.equals("得分")) {
						add(cell, "分", money, rates, scores, people);
					}
					else {
						add(cell, "万元", money, rates, scores, people);
					}
				}
			}
		}
	}

	private static void add(String number, String unit, Set<BigDecimal> money, Set<BigDecimal> rates,
			Set<BigDecimal> scores, Set<BigDecimal> people) {
		BigDecimal value = new BigDecimal(number.replace(",", ""));
		switch (unit) {
			case "万元" -> money.add(value);
			case "%" -> rates.add(value);
			case "分" -> scores.add(value);
			default -> people.add(value);
		}
	}

}
