package org.perfdesk.execution;

/**
 * Why one row of an import file cannot be imported.
 *
 * @param rowNumber the row number as Excel shows it
 * @param column the column's header as in the template (项目编码, 月份, 当年财政拨款, ...), or empty
 * for the row
 */
public record ImportProblem(int rowNumber, String column, String reason) implements Comparable<ImportProblem> {

	@Override
	public int compareTo(ImportProblem other) {
		return Integer.compare(rowNumber, other.rowNumber);
	}
}
