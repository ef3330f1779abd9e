package org.perfdesk.report;

import java.util.List;

import org.perfdesk.document.Manuscript;

/**
 * A report as its editor and its files show it: the outline's sections in order, each
 * with its generated blocks (read-only) and its narratives (the saved text and the
 * paragraph proposed from the data).
 */
public record ReportDraft(Report report, Outline outline, String title, String subjectName, List<Section> sections,
		List<Manuscript.Block> appendix) {

	public ReportDraft {
		sections = List.copyOf(sections);
		appendix = List.copyOf(appendix);
	}

	public record Section(int level, String heading, List<Item> items) {

		public Section {
			items = List.copyOf(items);
		}
	}

	/** What stands under a heading: generated blocks or a narrative box. */
	public sealed interface Item permits Generated, Narrative {

		/**
		 * True for a narrative box, false for a generated part (for the page template).
		 */
		default boolean narrative() {
			return this instanceof Narrative;
		}

	}

	public record Generated(String key, List<Manuscript.Block> blocks) implements Item {

		public Generated {
			blocks = List.copyOf(blocks);
		}
	}

	/**
	 * A narrative with its saved text and the proposal (null when the data suggests
	 * none).
	 */
	public record Narrative(String name, String text, String proposal) implements Item {
	}

	/**
	 * The report as a 文稿: headings, generated blocks and the saved narratives (an empty
	 * one is left out).
	 */
	public Manuscript manuscript() {
		var m = new Manuscript(title, subjectName);
		for (Section s : sections) {
			m.heading(s.level(), s.heading());
			for (Item item : s.items()) {
				if (item instanceof Generated g) {
					g.blocks().forEach(m::add);
				}
				else if (item instanceof Narrative n && n.text() != null && !n.text().isBlank()) {
					m.paragraph(n.text());
				}
			}
		}
		appendix.forEach(m::add);
		return m;
	}

	/** The file name users see: 2025年度部门整体支出绩效自评报告-共青团示例市委员会. */
	public String fileName() {
		return title + "-" + subjectName;
	}
}
