package org.perfdesk.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.perfdesk.shared.RuleViolation;

/**
 * Reads and writes an outline as the plain text the finance bureau types: one line each,
 * a heading (一、… is level 1, （一）… level 2, 1. or 1、… level 3), 【数据：名称】 for a generated
 * part, 【叙述：名称】 for a narrative box, and lines starting with # as comments. Full-width
 * and half-width brackets and colons are both accepted, because both get typed. Every
 * problem is reported with its line number, all of them at once.
 */
public final class OutlineText {

	/** Bounds before anything is parsed: an outline is a page of text, not a document. */
	public static final int MAX_CHARS = 20_000;

	public static final int MAX_LINES = 300;

	public static final int MAX_NAME = 40;

	public static final int MAX_HEADING = 100;

	private static final Pattern MARKER = Pattern.compile("^[【\\[]\\s*(数据|叙述)\\s*[：:]\\s*(.*?)\\s*[】\\]]$");

	private static final Pattern LEVEL_1 = Pattern.compile("^[一二三四五六七八九十]+\\s*[、.．]\\s*\\S.*");

	private static final Pattern LEVEL_2 = Pattern.compile("^[（(]\\s*[一二三四五六七八九十]+\\s*[）)]\\s*\\S.*");

	private static final Pattern LEVEL_3 = Pattern.compile("^[0-9]{1,2}\\s*[、.．]\\s*\\S.*");

	private OutlineText() {
	}

	/**
	 * The outline the text describes.
	 * @param generated the names of the generated parts this kind of report has
	 * @throws RuleViolation with field {@code outline} and one Chinese line per problem
	 */
	public static Outline parse(String code, ReportKind kind, String name, String text, Set<String> generated) {
		List<String> problems = new ArrayList<>();
		if (text == null || text.isBlank()) {
			throw new RuleViolation("outline", "提纲不能为空：每行写一个标题，或【数据：名称】、【叙述：名称】");
		}
		if (text.length() > MAX_CHARS) {
			throw new RuleViolation("outline", "提纲不能超过 " + MAX_CHARS + " 个字符（现有 " + text.length() + " 个）");
		}
		List<String> lines = text.lines().toList();
		if (lines.size() > MAX_LINES) {
			throw new RuleViolation("outline", "提纲不能超过 " + MAX_LINES + " 行（现有 " + lines.size() + " 行）");
		}
		List<Outline.Section> sections = new ArrayList<>();
		String heading = null;
		int level = 0;
		List<Outline.Part> parts = new ArrayList<>();
		Set<String> narratives = new LinkedHashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip().replace('\u3000', ' ');
			String at = "第 " + (i + 1) + " 行";
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			Matcher marker = MARKER.matcher(line);
			if (marker.matches()) {
				String partName = marker.group(2);
				if (heading == null) {
					problems.add(at + "：" + line + " 之前须先有一个标题");
				}
				else if (partName.isEmpty() || partName.length() > MAX_NAME) {
					problems.add(at + "：名称须为 1–" + MAX_NAME + " 个字");
				}
				else if (marker.group(1).equals("数据")) {
					if (!generated.contains(partName)) {
						problems.add(at + "：没有名为“" + partName + "”的数据部分，可用的有：" + String.join("、", generated));
					}
					else {
						parts.add(new Outline.Generated(partName));
					}
				}
				else if (!narratives.add(partName)) {
					problems.add(at + "：叙述“" + partName + "”重复，每个叙述的名称须不同");
				}
				else {
					parts.add(new Outline.Narrative(partName));
				}
				continue;
			}
			int lineLevel = LEVEL_1.matcher(line).matches() ? 1
					: LEVEL_2.matcher(line).matches() ? 2 : LEVEL_3.matcher(line).matches() ? 3 : 0;
			if (lineLevel == 0) {
				problems.add(at + "：“" + abbreviate(line) + "”既不是标题（以“一、”“（一）”或“1.”开头），也不是【数据：名称】或【叙述：名称】");
				continue;
			}
			if (line.length() > MAX_HEADING) {
				problems.add(at + "：标题不能超过 " + MAX_HEADING + " 个字");
				continue;
			}
			if (heading != null) {
				sections.add(new Outline.Section(level, heading, parts));
			}
			heading = line;
			level = lineLevel;
			parts = new ArrayList<>();
		}
		if (heading != null) {
			sections.add(new Outline.Section(level, heading, parts));
		}
		if (sections.isEmpty() && problems.isEmpty()) {
			problems.add("提纲中没有任何标题");
		}
		if (!problems.isEmpty()) {
			throw new RuleViolation("outline", String.join("\n", problems));
		}
		return new Outline(code, kind, name, sections, false);
	}

	/** The text that parses back to the same outline. */
	public static String write(Outline outline) {
		var text = new StringBuilder();
		for (Outline.Section section : outline.sections()) {
			text.append(section.heading()).append('\n');
			for (Outline.Part part : section.parts()) {
				if (part instanceof Outline.Generated g) {
					text.append("【数据：").append(g.key()).append("】\n");
				}
				else if (part instanceof Outline.Narrative n) {
					text.append("【叙述：").append(n.name()).append("】\n");
				}
			}
		}
		return text.toString();
	}

	private static String abbreviate(String line) {
		return line.length() <= 30 ? line : line.substring(0, 30) + "…";
	}

}
