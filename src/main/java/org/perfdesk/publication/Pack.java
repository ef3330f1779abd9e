package org.perfdesk.publication;

import java.util.EnumSet;
import java.util.Set;

import org.perfdesk.report.DocumentBundle.Part;

/**
 * What a .zip holds: every document, or one of the two disclosure packs, which hold only
 * what has been approved (已批复) since only that may be published.
 */
public enum Pack {

	ALL("全部文书", "本年度的全部文书（绩效目标表、自评表、自评报告），含未批复的", EnumSet.allOf(Part.class), false),

	BUDGET("预算公开包", "部门预算公开：已批复的项目支出和部门整体支出绩效目标表", EnumSet.of(Part.TARGETS), true),

	FINAL("决算公开包", "部门决算公开：已批复的项目支出绩效自评表、部门整体支出绩效自评表和完成情况表、自评报告",
			EnumSet.of(Part.REPORT, Part.DEPARTMENT, Part.PROJECTS), true);

	private final String label;

	private final String description;

	private final Set<Part> parts;

	private final boolean approvedOnly;

	Pack(String label, String description, Set<Part> parts, boolean approvedOnly) {
		this.label = label;
		this.description = description;
		this.parts = parts;
		this.approvedOnly = approvedOnly;
	}

	public String label() {
		return label;
	}

	public String description() {
		return description;
	}

	public Set<Part> parts() {
		return EnumSet.copyOf(parts);
	}

	public boolean approvedOnly() {
		return approvedOnly;
	}

}
