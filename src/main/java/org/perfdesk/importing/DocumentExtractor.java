package org.perfdesk.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.perfdesk.consistency.CheckSeverity;
import org.perfdesk.importing.extraction.BudgetBlock;
import org.perfdesk.importing.extraction.Heading;
import org.perfdesk.importing.extraction.ImportChecks;
import org.perfdesk.importing.extraction.IndicatorLine;
import org.perfdesk.importing.extraction.IndicatorTable;
import org.perfdesk.importing.extraction.KindRecogniser;
import org.perfdesk.importing.extraction.Narrative;
import org.perfdesk.importing.extraction.PrintedNumber;
import org.perfdesk.importing.reading.Line;
import org.perfdesk.importing.reading.Readers;
import org.perfdesk.importing.reading.Source;

/**
 * Reads one document into an {@link Extraction}: what kind it is, whose and which year,
 * its money block, its indicator rows, and what the consistency checker finds in its own
 * figures. Plain Java without Spring or a database, so {@code bin/perfdesk extract}
 * starts in a moment and the app calls the same code.
 */
public final class DocumentExtractor {

	public Extraction extract(String file, byte[] bytes) {
		return read(file, bytes).extraction();
	}

	/**
	 * What was read, and the text it was read from (empty when the file could not be
	 * read).
	 */
	public record Read(Extraction extraction, String sourceText) {
	}

	public Read read(String file, byte[] bytes) {
		Source source;
		try {
			source = Readers.read(file, bytes);
		}
		catch (Readers.Unreadable e) {
			return new Read(Extraction.failed(file, e.getMessage()), "");
		}
		try {
			return new Read(extract(file, source), source.text());
		}
		catch (RuntimeException | StackOverflowError unexpected) {
			// a document no rule foresaw must not stop a batch: it is reported, not
			// guessed
			return new Read(Extraction.failed(file, "读取内容时出错：" + unexpected.getClass().getSimpleName()), "");
		}
	}

	Extraction extract(String file, Source source) {
		List<Line> lines = source.lines();
		List<Extraction.Problem> problems = new ArrayList<>();
		source.problems().forEach(p -> problems.add(new Extraction.Problem("warning", p)));
		KindRecogniser.Title title = KindRecogniser.title(lines);
		Optional<IndicatorTable.Result> table = IndicatorTable.read(lines, 0);
		List<IndicatorLine> rows = table.map(IndicatorTable.Result::rows).orElse(List.of());
		boolean hasScores = rows.stream().anyMatch(r -> r.score() != null);
		boolean hasTargets = rows.stream().anyMatch(r -> r.target() != null);
		Kind kind = KindRecogniser.of(title.text(), lines, hasScores, hasTargets, !rows.isEmpty());
		if (kind == null) {
			problems.add(new Extraction.Problem("warning", "未能识别文书种类"));
		}
		int head = table.map(IndicatorTable.Result::headerLine).orElse(lines.size());
		// above the indicator table only, so an indicator row (预算执行率 | 100% | 95.8%) is
		// never read as the money block
		Optional<BudgetBlock.Result> budget = BudgetBlock.read(lines,
				table.isPresent() ? head : Math.min(lines.size(), 60));
		BigDecimal outside = budget.map(BudgetBlock.Result::weight).map(PrintedNumber::value).orElse(BigDecimal.ZERO);
		table = table.map(t -> t.withParents(outside));
		rows = table.map(IndicatorTable.Result::rows).orElse(List.of());
		Narrative.Result narrative = kind != null && kind.report() || budget.isEmpty() ? Narrative.read(source.text())
				: null;
		boolean department = kind == Kind.DEPT_SELFEVAL || kind == Kind.DEPT_TARGET || kind == Kind.DEPT_REPORT;
		String unit = Heading.labelled(lines,
				department ? Heading.UNIT_LABELS_FOR_DEPARTMENTS : Heading.UNIT_LABELS_FOR_PROJECTS, 40);
		if (unit == null) {
			unit = Heading.unitInTitle(title.text()).orElse(null);
		}
		if (unit == null && kind != null && kind.report()) {
			unit = Heading.signature(lines).orElse(null);
		}
		String project = department ? null : Heading.labelled(lines, Heading.PROJECT_LABELS, 40);
		if (project == null && kind == Kind.PROJECT_REPORT) {
			project = Heading.projectInTitle(title.text(), unit).orElse(null);
		}
		Integer year = Heading.year(lines, title.line());
		String moneyUnit = Heading.moneyUnit(lines);

		BigDecimal initial = null;
		BigDecimal fullYear = null;
		BigDecimal spent = null;
		String rate = null;
		if (budget.isPresent()) {
			initial = wan(budget.get().initial(), moneyUnit);
			fullYear = wan(budget.get().fullYear(), moneyUnit);
			spent = wan(budget.get().spent(), moneyUnit);
			rate = rateText(budget.get().rate());
		}
		else if (narrative != null) {
			initial = wan(narrative.initial());
			fullYear = wan(narrative.fullYear());
			spent = wan(narrative.spent());
			rate = rateText(narrative.rate());
			if (moneyUnit == null) {
				moneyUnit = Optional.ofNullable(narrative.fullYear())
					.or(() -> Optional.ofNullable(narrative.spent()))
					.map(Narrative.Amount::unit)
					.orElse(null);
			}
		}
		PrintedNumber total = table.map(IndicatorTable.Result::totalScore).orElse(null);
		if (total == null) {
			// 自评总分 | 95 beside its label, as department tables print it
			total = Heading.labelledNumber(lines, List.of("自评总分", "自评得分", "综合得分", "评价得分", "总得分"), 60);
		}
		if (total == null && narrative != null) {
			total = narrative.score();
		}
		if (table.isPresent() && table.get().cutOff()) {
			problems
				.add(new Extraction.Problem("warning", "表格在此处中断：第 " + (table.get().endLine()) + " 行之后没有总分行，合计与总分不予校验"));
		}
		List<Extraction.Finding> findings = ImportChecks
			.check(title.text(), budget.orElse(null), table.orElse(null), narrative)
			.stream()
			.map(f -> new Extraction.Finding(f.code(), f.severity() == CheckSeverity.ERROR ? "error" : "warning",
					f.message()))
			.toList();
		List<Extraction.Indicator> indicators = rows.stream()
			.map(r -> new Extraction.Indicator(r.level1(), r.level2(), r.name(), r.target(), r.actual(),
					r.weight() == null ? null : r.weight().value(), r.score() == null ? null : r.score().value(),
					r.parent()))
			.toList();
		return new Extraction(file, kind, unit, project, year, moneyUnit, initial, fullYear, spent, rate,
				total == null ? null : total.value(), indicators, findings, problems, null);
	}

	/** In 万元: a figure of a document in 元 is divided by 10,000 exactly. */
	private static BigDecimal wan(PrintedNumber n, String moneyUnit) {
		if (n == null) {
			return null;
		}
		return "元".equals(moneyUnit) ? n.value().movePointLeft(4).stripTrailingZeros() : n.value();
	}

	private static BigDecimal wan(Narrative.Amount a) {
		return a == null ? null : wan(a.number(), a.unit());
	}

	private static String rateText(PrintedNumber rate) {
		if (rate == null) {
			return null;
		}
		return rate.percent() ? rate.text().replace(" ", "") : rate.plain() + "%";
	}

}
