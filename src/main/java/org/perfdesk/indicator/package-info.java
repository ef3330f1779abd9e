/**
 * 指标体系 - how performance indicators are classified and written, shared by targets,
 * monitoring and self-evaluation: the two schemes
 * ({@link org.perfdesk.indicator.IndicatorScheme}, chosen per fiscal year), level-1 and
 * level-2 categories, the comparison and value model with its parser
 * ({@link org.perfdesk.indicator.TargetValue}), and the indicator catalogue (指标库) kept by
 * the finance bureau and by each department.
 * <p>
 * Owns the tables {@code indicator_catalogue_entry} and {@code indicator_scheme_choice}.
 * How often a catalogue entry is used is answered by whoever uses entries, through
 * {@link org.perfdesk.indicator.CatalogueUsage}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "指标体系 (indicator)",
		allowedDependencies = { "org", "shared" })
package org.perfdesk.indicator;
