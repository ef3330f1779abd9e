package org.perfdesk.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.shared.RecordChanged;
import org.perfdesk.shared.RecordChanged.Action;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RecordType;
import org.perfdesk.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report outlines: the built-in ones (resources {@code report/outlines/*.txt}), the
 * regional ones the finance bureau writes, and which one each kind of report uses in a
 * fiscal year. Only the finance bureau's reviewer writes or chooses an outline; everyone
 * reads them.
 */
@Service
@Transactional
public class Outlines {

	/** The built-in outlines by kind; the first of a kind is its default. */
	static final Map<ReportKind, List<String>> BUILT_IN = Map.of(ReportKind.DEPARTMENT,
			List.of("department-six", "department-hunan-ten"), ReportKind.PROJECT, List.of("project-ten"),
			ReportKind.SPECIAL_FUND, List.of("special-fund"), ReportKind.MONITORING, List.of("monitoring-five"));

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

	private final ReportRepository repository;

	private final ApplicationEventPublisher events;

	private final Map<String, Outline> builtIn = new LinkedHashMap<>();

	private final Map<ReportKind, Set<String>> parts = new java.util.EnumMap<>(ReportKind.class);

	Outlines(ReportRepository repository, ApplicationEventPublisher events, List<ReportSource> sources) {
		this.repository = repository;
		this.events = events;
		sources.forEach(s -> parts.put(s.kind(), s.parts()));
		for (ReportKind kind : ReportKind.values()) {
			for (String code : BUILT_IN.getOrDefault(kind, List.of())) {
				builtIn.put(code, load(code, kind, generatedParts(kind)));
			}
		}
	}

	/**
	 * The names of the generated parts a kind of report has, for outlines and their
	 * editor.
	 */
	public Set<String> generatedParts(ReportKind kind) {
		return parts.getOrDefault(kind, Set.of());
	}

	/** Every outline of a kind, built-in ones first. */
	@Transactional(readOnly = true)
	public List<Outline> of(ReportKind kind) {
		List<Outline> all = new ArrayList<>(builtIn.values().stream().filter(o -> o.kind() == kind).toList());
		for (var stored : repository.outlines()) {
			if (stored.kind() == kind) {
				all.add(parseStored(stored));
			}
		}
		return all;
	}

	@Transactional(readOnly = true)
	public Optional<Outline> find(String code) {
		if (builtIn.containsKey(code)) {
			return Optional.of(builtIn.get(code));
		}
		return repository.outlines().stream().filter(o -> o.code().equals(code)).findFirst().map(this::parseStored);
	}

	/** The stored text and version of a regional outline, for its editor. */
	@Transactional(readOnly = true)
	public Optional<String> text(String code) {
		if (builtIn.containsKey(code)) {
			return Optional.of(OutlineText.write(builtIn.get(code)));
		}
		return repository.outlines().stream().filter(o -> o.code().equals(code)).findFirst().map(o -> o.body());
	}

	/**
	 * The outline a new report of this kind and year is written to: the year's choice,
	 * else the default.
	 */
	@Transactional(readOnly = true)
	public Outline forYear(ReportKind kind, int fiscalYear) {
		return repository.choice(fiscalYear, kind)
			.flatMap(this::find)
			.filter(o -> o.kind() == kind)
			.orElseGet(() -> builtIn.get(BUILT_IN.get(kind).get(0)));
	}

	/**
	 * 选用: the finance bureau chooses the outline of a kind for a year; reports already
	 * opened keep theirs.
	 */
	public void choose(DataScope scope, int fiscalYear, ReportKind kind, String code, String by) {
		requireFinance(scope);
		Outline outline = find(code).filter(o -> o.kind() == kind)
			.orElseThrow(() -> new RuleViolation("outline", "没有编号为“" + code + "”的" + kind.label() + "提纲"));
		repository.choose(fiscalYear, kind, code, by);
		events.publishEvent(new RecordChanged(Action.UPDATE, RecordType.REPORT_OUTLINE.name(), 0, outline.name(), null,
				fiscalYear, List.of(new RecordChanged.FieldChange("选用提纲", null, kind.label() + "：" + outline.name()))));
	}

	/**
	 * Saves a regional outline (new when {@code version} is null). The text is parsed
	 * first and refused whole with every problem listed; the code is lower-case letters,
	 * digits and hyphens and may not name a built-in outline.
	 */
	public Outline save(DataScope scope, String code, ReportKind kind, String name, String text, Integer version,
			String by) {
		requireFinance(scope);
		var errors = new LinkedHashMap<String, String>();
		String c = code == null ? "" : code.strip();
		if (!CODE.matcher(c).matches()) {
			errors.put("code", "提纲编号须为 2–40 位小写字母、数字或连字符，如 hunan-2026");
		}
		else if (builtIn.containsKey(c)) {
			errors.put("code", "“" + c + "”是系统内置提纲的编号，请换一个");
		}
		String n = name == null ? "" : name.strip();
		if (n.isEmpty() || n.length() > 100) {
			errors.put("name", "提纲名称须为 1–100 个字");
		}
		Outline parsed = null;
		try {
			parsed = OutlineText.parse(c, kind, n, text, generatedParts(kind));
		}
		catch (RuleViolation e) {
			errors.putAll(e.errors());
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		boolean exists = repository.outlines().stream().anyMatch(o -> o.code().equals(c));
		if (version == null && exists) {
			throw new RuleViolation("code", "编号“" + c + "”已被另一个提纲使用");
		}
		if (!repository.saveOutline(c, kind, n, text.strip(), version, by)) {
			throw new org.perfdesk.shared.ConcurrentChange("报告提纲");
		}
		events.publishEvent(new RecordChanged(version == null ? Action.CREATE : Action.UPDATE,
				RecordType.REPORT_OUTLINE.name(), 0, n, null, null,
				List.of(new RecordChanged.FieldChange("提纲", null, c + "（" + parsed.sections().size() + " 个标题）"))));
		return parsed;
	}

	@Transactional(readOnly = true)
	public Integer storedVersion(String code) {
		return repository.outlines()
			.stream()
			.filter(o -> o.code().equals(code))
			.findFirst()
			.map(ReportRepository.StoredOutline::version)
			.orElse(null);
	}

	private static void requireFinance(DataScope scope) {
		if (scope.role() != Role.FINANCE_REVIEWER) {
			throw new AccessDeniedException("只有财政局可以编写或选用报告提纲");
		}
	}

	private Outline parseStored(ReportRepository.StoredOutline stored) {
		// stored text was checked when saved; a part renamed since then is reported, not
		// thrown, by the editor
		try {
			return OutlineText.parse(stored.code(), stored.kind(), stored.name(), stored.body(),
					generatedParts(stored.kind()));
		}
		catch (RuleViolation e) {
			throw new RecordNotFound("报告提纲", 0);
		}
	}

	/** A built-in outline from its resource. */
	static Outline load(String code, ReportKind kind, Set<String> generated) {
		var resource = new ClassPathResource("report/outlines/" + code + ".txt");
		try (var in = resource.getInputStream()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			String name = text.lines()
				.filter(l -> l.startsWith("# 名称："))
				.findFirst()
				.map(l -> l.substring("# 名称：".length()).strip())
				.orElse(code);
			Outline parsed = OutlineText.parse(code, kind, name, text, generated);
			return new Outline(code, kind, name, parsed.sections(), true);
		}
		catch (IOException e) {
			throw new UncheckedIOException("built-in outline " + code, e);
		}
	}

}
