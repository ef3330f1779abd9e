package org.perfdesk.indicator;

import java.util.Map;

/**
 * How many indicators were taken from each catalogue entry. Implemented by the modules
 * that use entries (the targets), so that the catalogue does not depend on them.
 */
public interface CatalogueUsage {

	/**
	 * Entry id → number of indicators that refer to it; entries never used may be absent.
	 */
	Map<Long, Long> countByEntry();

}
