package org.perfdesk.importing;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bin/perfdesk extract FILE...}: one JSON object per file, in the order given, on
 * standard output and nothing else there; a file that cannot be read gives an object with
 * an {@code error} field and the run goes on. Runs without Spring and without a database
 * (started from {@code PerfDeskApplication.main} before Spring is), so logs are sent to
 * standard error first.
 */
public final class ExtractCommand {

	private ExtractCommand() {
	}

	public static int run(List<String> files, PrintStream out, PrintStream err) {
		if (files.isEmpty()) {
			err.println("用法：bin/perfdesk extract 文件…（.txt .md .docx .xlsx .xls .pdf .html，每个文件输出一行 JSON）");
			return 2;
		}
		DocumentExtractor extractor = new DocumentExtractor();
		for (String file : files) {
			Extraction extraction = extractOne(extractor, file);
			out.println(ExtractionJson.write(extraction));
			out.flush();
		}
		return 0;
	}

	static Extraction extractOne(DocumentExtractor extractor, String file) {
		Path path;
		try {
			path = Path.of(file);
		}
		catch (java.nio.file.InvalidPathException e) {
			// e.g. a Chinese name where the platform's file names are ASCII (LANG=C)
			return Extraction.failed(file, "文件名无法识别（请检查系统的文件名编码，如 LANG=C.UTF-8）");
		}
		try {
			if (Files.isDirectory(path)) {
				return Extraction.failed(file, "是文件夹，不是文件");
			}
			long size = Files.size(path);
			if (size > org.perfdesk.importing.reading.Readers.MAX_BYTES) {
				return Extraction.failed(file, "文件大于 20 MB，不予读取");
			}
			return extractor.extract(file, Files.readAllBytes(path));
		}
		catch (NoSuchFileException e) {
			return Extraction.failed(file, "文件不存在");
		}
		catch (IOException | RuntimeException e) {
			return Extraction.failed(file, "无法读取文件：" + e.getClass().getSimpleName());
		}
		catch (OutOfMemoryError e) {
			return Extraction.failed(file, "文件内容过大，无法读取");
		}
	}

	/** The fields in the documented order, null where unknown. */
	static Map<String, Object> json(Extraction e) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("file", e.file());
		if (e.error() != null) {
			m.put("error", e.error());
			return m;
		}
		m.put("kind", e.kind() == null ? null : e.kind().code());
		m.put("unit", e.unit());
		m.put("project", e.project());
		m.put("year", e.year());
		m.put("money_unit", e.moneyUnit());
		m.put("budget_initial", plain(e.budgetInitial()));
		m.put("budget_full_year", plain(e.budgetFullYear()));
		m.put("spent", plain(e.spent()));
		m.put("execution_rate_reported", e.executionRateReported());
		m.put("total_score_reported", plain(e.totalScoreReported()));
		List<Map<String, Object>> indicators = new ArrayList<>();
		for (Extraction.Indicator i : e.indicators()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("level1", i.level1());
			row.put("level2", i.level2());
			row.put("name", i.name());
			row.put("target", i.target());
			row.put("actual", i.actual());
			row.put("weight", plain(i.weight()));
			row.put("score", plain(i.score()));
			row.put("parent", i.parent());
			indicators.add(row);
		}
		m.put("indicators", indicators);
		List<Map<String, Object>> findings = new ArrayList<>();
		for (Extraction.Finding f : e.findings()) {
			findings
				.add(new LinkedHashMap<>(Map.of("code", f.code(), "severity", f.severity(), "message", f.message())));
		}
		m.put("findings", findings);
		List<Map<String, Object>> problems = new ArrayList<>();
		for (Extraction.Problem p : e.problems()) {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("severity", p.severity());
			problem.put("message", p.message());
			problems.add(problem);
		}
		m.put("problems", problems);
		return m;
	}

	/** 90.0 as 90 and 1E+1 as 10: a plain number, never an exponent. */
	private static BigDecimal plain(BigDecimal v) {
		return v == null ? null : new BigDecimal(v.stripTrailingZeros().toPlainString());
	}

	/**
	 * Standard output as UTF-8 whatever the platform's default, and logs to standard
	 * error.
	 */
	public static void main(String[] args) {
		quietLogs();
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		System.setOut(err);
		int code = run(List.of(args), out, err);
		out.flush();
		System.exit(code);
	}

	/**
	 * Logback's default would log at DEBUG to standard output: warnings only, to standard
	 * error.
	 */
	private static void quietLogs() {
		if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
			context.reset();
			ch.qos.logback.core.ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> console = new ch.qos.logback.core.ConsoleAppender<>();
			console.setContext(context);
			console.setTarget("System.err");
			ch.qos.logback.classic.encoder.PatternLayoutEncoder encoder = new ch.qos.logback.classic.encoder.PatternLayoutEncoder();
			encoder.setContext(context);
			encoder.setPattern("%level %logger{20} - %msg%n");
			encoder.start();
			console.setEncoder(encoder);
			console.start();
			ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
			root.setLevel(ch.qos.logback.classic.Level.ERROR);
			root.addAppender(console);
		}
	}

}
