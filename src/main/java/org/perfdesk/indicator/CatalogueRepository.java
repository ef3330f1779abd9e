package org.perfdesk.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.perfdesk.shared.DecimalText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CatalogueRepository {

	private static final String COLUMNS = "id, owner_unit_id, subcategory, topic, name, explanation, comparison, unit, "
			+ "suggested_value, scoring_rule, data_source, active, version";

	/**
	 * More words than this are not a search but a pasted paragraph; the rest are ignored.
	 */
	static final int MAX_WORDS = 10;

	private final JdbcClient jdbc;

	private final Clock clock;

	CatalogueRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<CatalogueEntry> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from indicator_catalogue_entry where id = :id")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	/**
	 * Active entries of the given libraries whose level-2 category is one of
	 * {@code subcategories} and whose name, explanation or topic contains every word
	 * (case-insensitive, wildcards taken literally), in the order of the published forms
	 * (cost, output, benefit, satisfaction), at most {@code limit}.
	 * @param everyLibrary true to search every library, ignoring {@code department}
	 * @param department the department library to search besides the common one, or null
	 * for the common one only
	 */
	List<CatalogueEntry> search(boolean everyLibrary, Long department, Collection<IndicatorSubcategory> subcategories,
			String words, int limit) {
		var sql = new StringBuilder("select " + COLUMNS + " from indicator_catalogue_entry where active");
		Map<String, Object> params = new HashMap<>();
		if (!everyLibrary) {
			if (department == null) {
				sql.append(" and owner_unit_id is null");
			}
			else {
				sql.append(" and (owner_unit_id is null or owner_unit_id = :department)");
				params.put("department", department);
			}
		}
		if (subcategories.size() < IndicatorSubcategory.values().length) {
			sql.append(" and subcategory in (:subcategories)");
			params.put("subcategories", subcategories.stream().map(Enum::name).toList());
		}
		List<String> list = words(words);
		for (int i = 0; i < list.size(); i++) {
			String p = ":w" + i;
			sql.append(" and (lower(name) like ")
				.append(p)
				.append(" escape '\\' or lower(explanation) like ")
				.append(p)
				.append(" escape '\\' or lower(topic) like ")
				.append(p)
				.append(" escape '\\')");
			params.put("w" + i, "%" + list.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		sql.append(" order by ").append(formOrder()).append(", id limit ").append(limit);
		return jdbc.sql(sql.toString()).params(params).query(this::map).list();
	}

	/**
	 * Whether an active entry of that name (ignoring case) is in the library, other than
	 * {@code exceptId}.
	 */
	boolean nameTaken(Long owner, String name, Long exceptId) {
		return jdbc.sql(
				"select count(*) from indicator_catalogue_entry where active and lower(name) = :name and id <> :id and "
						+ (owner == null ? "owner_unit_id is null" : "owner_unit_id = :owner"))
			.param("name", name.strip().toLowerCase(Locale.ROOT))
			.param("id", exceptId == null ? -1L : exceptId)
			.params(owner == null ? Map.of() : Map.of("owner", owner))
			.query(Long.class)
			.single() > 0;
	}

	long insert(Long owner, CatalogueDraft d) {
		var keys = new GeneratedKeyHolder();
		Map<String, Object> values = values(d);
		values.put("owner", owner);
		jdbc.sql(
				"insert into indicator_catalogue_entry (owner_unit_id, subcategory, topic, name, explanation, comparison, "
						+ "unit, suggested_value, scoring_rule, data_source, created_at) values (:owner, :subcategory, :topic, "
						+ ":name, :explanation, :comparison, :unit, :value, :rule, :source, :now)")
			.params(values)
			.param("now", LocalDateTime.now(clock))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * Optimistic update; false when the version no longer matches. The library never
	 * changes.
	 */
	boolean update(long id, int version, CatalogueDraft d) {
		return jdbc
			.sql("update indicator_catalogue_entry set subcategory = :subcategory, topic = :topic, name = :name, "
					+ "explanation = :explanation, comparison = :comparison, unit = :unit, suggested_value = :value, "
					+ "scoring_rule = :rule, data_source = :source, version = version + 1 where id = :id and version = :version")
			.params(values(d))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean deactivate(long id, int version) {
		return jdbc
			.sql("update indicator_catalogue_entry set active = false, version = version + 1 "
					+ "where id = :id and version = :version and active")
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	/**
	 * The search words: full-width letters and spaces made half-width (so "ＡＢＣ" finds
	 * "abc"), lower-cased, split on blanks, at most {@link #MAX_WORDS}.
	 */
	static List<String> words(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		var words = new ArrayList<String>();
		for (String w : DecimalText.toHalfWidth(text).toLowerCase(Locale.ROOT).strip().split("\\s+")) {
			if (!w.isEmpty() && words.size() < MAX_WORDS) {
				words.add(w);
			}
		}
		return words;
	}

	/**
	 * The enum order of the level-2 categories as SQL, so that the limit keeps the first
	 * rows of the forms.
	 */
	private static String formOrder() {
		var order = new StringBuilder("case subcategory");
		for (IndicatorSubcategory s : IndicatorSubcategory.values()) {
			order.append(" when '").append(s.name()).append("' then ").append(s.ordinal());
		}
		return order.append(" end").toString();
	}

	private static Map<String, Object> values(CatalogueDraft d) {
		var v = new HashMap<String, Object>();
		v.put("subcategory", d.subcategoryValue().name());
		v.put("topic", d.topicOrGeneral());
		v.put("name", d.name().strip());
		v.put("explanation", d.explanation().strip());
		v.put("comparison", d.comparisonValue().name());
		v.put("unit", CatalogueDraft.stripped(d.unit()));
		v.put("value", CatalogueDraft.stripped(d.suggestedValue()));
		v.put("rule", CatalogueDraft.stripped(d.scoringRule()));
		v.put("source", CatalogueDraft.stripped(d.dataSource()));
		return v;
	}

	private CatalogueEntry map(ResultSet rs, int row) throws SQLException {
		long owner = rs.getLong("owner_unit_id");
		Long ownerUnitId = rs.wasNull() ? null : owner; // read before the next column
														// resets wasNull
		return new CatalogueEntry(rs.getLong("id"), ownerUnitId,
				IndicatorSubcategory.valueOf(rs.getString("subcategory")), rs.getString("topic"), rs.getString("name"),
				rs.getString("explanation"), Comparison.valueOf(rs.getString("comparison")), rs.getString("unit"),
				rs.getString("suggested_value"), rs.getString("scoring_rule"), rs.getString("data_source"),
				rs.getBoolean("active"), rs.getInt("version"));
	}

}
