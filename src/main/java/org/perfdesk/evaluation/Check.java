package org.perfdesk.evaluation;

import java.util.List;

/** One named consistency check; it reports its findings in the order of the table's own rows. */
public interface Check {

	String code();

	List<Inconsistency> check(DepartmentEvaluation table);
}
