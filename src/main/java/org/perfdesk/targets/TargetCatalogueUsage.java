package org.perfdesk.targets;

import java.util.Map;

import org.perfdesk.indicator.CatalogueUsage;
import org.springframework.stereotype.Component;

/**
 * Tells the catalogue how many indicators of current targets were taken from each entry.
 */
@Component
class TargetCatalogueUsage implements CatalogueUsage {

	private final TargetManagement targets;

	TargetCatalogueUsage(TargetManagement targets) {
		this.targets = targets;
	}

	@Override
	public Map<Long, Long> countByEntry() {
		return targets.catalogueUses();
	}

}
