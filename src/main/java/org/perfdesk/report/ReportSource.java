package org.perfdesk.report;

import java.util.List;
import java.util.Set;

import org.perfdesk.document.Manuscript;
import org.perfdesk.org.DataScope;

/**
 * Where a kind of report takes what it prints from: one bean per {@link ReportKind}. It
 * says what a report of the kind is about ({@link #subject}) and gathers the data of one
 * rendering ({@link #gather}), read with the reach the report needs so that a report
 * reads the same whoever opens it. The caller's scope is checked on the subject first.
 */
public interface ReportSource {

	ReportKind kind();

	/** The names of the generated parts an outline of this kind may place. */
	Set<String> parts();

	/**
	 * What a new report on {@code subjectId} (and {@code unitId} where the kind needs
	 * both, as a department's report of a monitoring round) in {@code fiscalYear} is
	 * about; a subject with a year of its own (a project, a fund, a round) gives that.
	 * @throws org.perfdesk.shared.RecordNotFound when the subject is not within the scope
	 */
	Subject subject(DataScope scope, long subjectId, long unitId, int fiscalYear);

	/**
	 * The subjects the reports page lists for a year within the scope: those a report of
	 * this kind may be written on.
	 */
	List<Subject> candidates(DataScope scope, int fiscalYear);

	/** The data of one rendering of the report. */
	Material gather(DataScope scope, Report report);

	/**
	 * What a report is about.
	 *
	 * @param subjectId the department, project, fund or monitoring round
	 * @param unitId the unit whose 填报人 writes the report
	 * @param name how the report's title and file name name it (a department, a project,
	 * a fund)
	 * @param afterYear whether the report may only be written once its year has ended (a
	 * self-evaluation report) or already during it (a monitoring report)
	 */
	record Subject(long subjectId, long unitId, int fiscalYear, String name, boolean afterYear) {
	}

	/**
	 * Everything one rendering of a report prints, gathered once so that every part and
	 * every proposed paragraph reads the same figures.
	 */
	interface Material {

		/** How the title and file name name the subject. */
		String subjectName();

		/** The blocks of a generated part named in the outline. */
		List<Manuscript.Block> part(String name);

		/**
		 * The first paragraph proposed for a narrative, from the data; null when the data
		 * says nothing about it.
		 */
		String proposal(String narrative);

		/**
		 * What follows the report under 附件 (the 自评表 of a project report), empty for most
		 * kinds.
		 */
		default List<Manuscript.Block> appendix() {
			return List.of();
		}

		/** The title printed above the report, e.g. "2025年度项目支出绩效自评报告". */
		default String title(Report report) {
			return report.fiscalYear() + "年度" + report.kind().label();
		}

	}

}
