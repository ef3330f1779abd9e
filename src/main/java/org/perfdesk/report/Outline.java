package org.perfdesk.report;

import java.util.List;
import java.util.stream.Stream;

/**
 * 提纲: a report template, the sections in order, each with its heading and what stands
 * under it — parts generated from the data ({@link Generated}) and boxes for the user's
 * narrative ({@link Narrative}). Written by the finance bureau as plain text
 * ({@link OutlineText}); the built-in ones ship as resources.
 *
 * @param code a short name that identifies the outline (e.g. {@code department-six})
 * @param builtIn shipped with the application, not editable
 */
public record Outline(String code, ReportKind kind, String name, List<Section> sections, boolean builtIn) {

	public Outline {
		sections = List.copyOf(sections);
	}

	/** One heading and the parts under it, up to the next heading. */
	public record Section(int level, String heading, List<Part> parts) {

		public Section {
			parts = List.copyOf(parts);
		}
	}

	/** What stands under a heading. */
	public sealed interface Part permits Generated, Narrative {

	}

	/** A part computed from the database, named as in the outline (e.g. 三公经费). */
	public record Generated(String key) implements Part {
	}

	/**
	 * A box for the user's text, named as in the outline (e.g. 存在的问题); names are unique
	 * in an outline.
	 */
	public record Narrative(String name) implements Part {
	}

	/** The level-1 headings (一、…), for lists of outlines. */
	public List<String> topHeadings() {
		return sections.stream().filter(s -> s.level() == 1).map(Section::heading).toList();
	}

	/** Every narrative of the outline, in order. */
	public List<Narrative> narratives() {
		return parts().filter(Narrative.class::isInstance).map(Narrative.class::cast).toList();
	}

	private Stream<Part> parts() {
		return sections.stream().flatMap(s -> s.parts().stream());
	}
}
