package org.perfdesk.consistency;

import java.util.List;

/**
 * One named consistency check; it reports its findings in the order of the table's own
 * rows.
 */
public interface Check {

	String code();

	List<Finding> check(PrintedTable table);

}
