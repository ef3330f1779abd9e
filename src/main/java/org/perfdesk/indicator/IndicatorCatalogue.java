package org.perfdesk.indicator;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Role;
import org.perfdesk.org.Unit;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.RecordChanged;
import org.perfdesk.shared.RecordChanged.Action;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RuleViolation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 指标库: searching the libraries a user may read and keeping them.
 * <ul>
 * <li>Everyone reads the common library (财政通用指标库). A 单位填报人 or 部门审核人 also reads the
 * library of its department (the 主管部门 at or above its unit), never another department's;
 * a 财政审核人 reads every library; a 系统管理员 only the common one.</li>
 * <li>A 财政审核人 keeps the common library, a 部门审核人 its department's; a filler keeps none.
 * Only the side that owns an entry revises or deactivates it.</li>
 * </ul>
 * Deactivated entries leave the search but stay readable by id, since targets refer to
 * them.
 */
@Service
@Transactional
public class IndicatorCatalogue {

	static final String RECORD_TYPE = org.perfdesk.shared.RecordType.CATALOGUE_ENTRY.name();

	/**
	 * Rows a search returns at most: enough to browse a topic, few enough to render while
	 * typing.
	 */
	public static final int SEARCH_LIMIT = 200;

	private final CatalogueRepository entries;

	private final OrgDirectory directory;

	private final ObjectProvider<CatalogueUsage> usages;

	private final ApplicationEventPublisher events;

	IndicatorCatalogue(CatalogueRepository entries, OrgDirectory directory, ObjectProvider<CatalogueUsage> usages,
			ApplicationEventPublisher events) {
		this.entries = entries;
		this.directory = directory;
		this.usages = usages;
		this.events = events;
	}

	/**
	 * Active entries the user may read whose name, explanation or topic contains every
	 * word, narrowed to a level-2 and/or a level-1 category (null for any), at most
	 * {@link #SEARCH_LIMIT}.
	 */
	@Transactional(readOnly = true)
	public List<CatalogueRow> search(DataScope scope, String words, IndicatorSubcategory subcategory,
			IndicatorCategory category) {
		return search(scope, words, subcategory, category, SEARCH_LIMIT);
	}

	@Transactional(readOnly = true)
	public List<CatalogueRow> search(DataScope scope, String words, IndicatorSubcategory subcategory,
			IndicatorCategory category, int limit) {
		Set<IndicatorSubcategory> wanted = EnumSet.allOf(IndicatorSubcategory.class);
		wanted.removeIf(s -> subcategory != null && s != subcategory || category != null && s.category() != category);
		return rows(scope, words, wanted, limit);
	}

	/**
	 * Entries for one row of a target written in {@code scheme}: those the scheme places
	 * at {@code placed} (for example, under the 2021 scheme, the 2015 成本指标 entries land
	 * on 经济成本指标).
	 */
	@Transactional(readOnly = true)
	public List<CatalogueRow> pick(DataScope scope, String words, IndicatorScheme scheme, IndicatorSubcategory placed,
			int limit) {
		Set<IndicatorSubcategory> wanted = EnumSet.allOf(IndicatorSubcategory.class);
		if (placed != null) {
			IndicatorSubcategory target = scheme.place(placed);
			wanted.removeIf(s -> scheme.place(s) != target);
		}
		return rows(scope, words, wanted, limit);
	}

	/** One entry, active or not, if it lies in a library the user reads. */
	@Transactional(readOnly = true)
	public CatalogueEntry find(DataScope scope, long id) {
		return entries.findById(id).filter(e -> reads(scope, e)).orElseThrow(() -> new RecordNotFound("指标库条目", id));
	}

	/**
	 * One entry of the library the user keeps, for its edit page; refused when the user
	 * does not keep it.
	 */
	@Transactional(readOnly = true)
	public CatalogueEntry findKept(DataScope scope, long id) {
		return maintained(scope, id, "修改");
	}

	/**
	 * The library the user keeps: the common one for a 财政审核人, its department's for a
	 * 部门审核人.
	 */
	@Transactional(readOnly = true)
	public Optional<CatalogueLibrary> keptLibrary(DataScope scope) {
		return switch (scope.role()) {
			case FINANCE_REVIEWER -> Optional.of(CatalogueLibrary.common());
			case DEPARTMENT_REVIEWER -> directory.departmentOf(scope.ownUnitId()).map(this::libraryOf);
			default -> Optional.empty();
		};
	}

	/** The name of the library an entry with this owner is in. */
	@Transactional(readOnly = true)
	public String libraryName(Long ownerUnitId) {
		return ownerUnitId == null ? CatalogueLibrary.COMMON_NAME : directory.nameOf(ownerUnitId) + "指标库";
	}

	/** 新增指标: into the library the caller keeps. */
	public CatalogueEntry add(DataScope scope, CatalogueDraft draft) {
		CatalogueLibrary library = keptLibrary(scope)
			.orElseThrow(() -> new AccessDeniedException("只有财政审核人和部门审核人可以维护指标库"));
		check(library, draft, null);
		long id = entries.insert(library.ownerUnitId(), draft);
		CatalogueEntry created = entries.findById(id).orElseThrow();
		publish(Action.CREATE, scope, created, null);
		return created;
	}

	/**
	 * 修改指标, by the side that keeps the entry's library; the entry stays in its library.
	 */
	public CatalogueEntry revise(DataScope scope, long id, int version, CatalogueDraft draft) {
		CatalogueEntry before = maintained(scope, id, "修改");
		check(libraryOf(before), draft, id);
		if (!entries.update(id, version, draft)) {
			throw new ConcurrentChange("指标“" + before.name() + "”");
		}
		CatalogueEntry after = entries.findById(id).orElseThrow();
		publish(Action.UPDATE, scope, after, before.auditFields());
		return after;
	}

	/** 停用指标: it leaves the search; targets that took it keep their copy. */
	public CatalogueEntry deactivate(DataScope scope, long id, int version) {
		CatalogueEntry before = maintained(scope, id, "停用");
		if (!before.active()) {
			throw new RuleViolation(null, "指标“" + before.name() + "”已经停用");
		}
		if (!entries.deactivate(id, version)) {
			throw new ConcurrentChange("指标“" + before.name() + "”");
		}
		CatalogueEntry after = entries.findById(id).orElseThrow();
		publish(Action.DEACTIVATE, scope, after, before.auditFields());
		return after;
	}

	private List<CatalogueRow> rows(DataScope scope, String words, Set<IndicatorSubcategory> wanted, int limit) {
		if (wanted.isEmpty() || limit <= 0) {
			return List.of();
		}
		boolean every = scope.role() == Role.FINANCE_REVIEWER;
		Long department = every || scope.role() == Role.ADMINISTRATOR ? null
				: directory.departmentOf(scope.ownUnitId()).map(Unit::id).orElse(null);
		List<CatalogueEntry> found = entries.search(every, department, wanted, words, limit);
		Map<Long, Long> usage = usage();
		Optional<CatalogueLibrary> kept = keptLibrary(scope);
		var names = new HashMap<Long, String>();
		return found.stream()
			.map(e -> new CatalogueRow(e,
					e.inCommonLibrary() ? CatalogueLibrary.COMMON_NAME
							: names.computeIfAbsent(e.ownerUnitId(), this::libraryName),
					usage.getOrDefault(e.id(), 0L), kept.map(l -> l.holds(e)).orElse(false)))
			.toList();
	}

	private void check(CatalogueLibrary library, CatalogueDraft draft, Long exceptId) {
		var errors = new LinkedHashMap<>(draft.problems());
		if (!errors.containsKey("name")) {
			String name = draft.name().strip();
			if (entries.nameTaken(library.ownerUnitId(), name, exceptId)) {
				errors.put("name", library.name() + "中已有名为“" + name + "”的指标");
			}
			else if (!library.isCommon() && entries.nameTaken(null, name, null)) {
				errors.put("name", CatalogueLibrary.COMMON_NAME + "中已有名为“" + name + "”的指标，可直接使用");
			}
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
	}

	private CatalogueEntry maintained(DataScope scope, long id, String what) {
		CatalogueEntry entry = find(scope, id);
		if (!keptLibrary(scope).map(l -> l.holds(entry)).orElse(false)) {
			throw new AccessDeniedException("无权" + what + "“" + libraryName(entry.ownerUnitId()) + "”中的指标");
		}
		return entry;
	}

	private boolean reads(DataScope scope, CatalogueEntry entry) {
		if (entry.inCommonLibrary() || scope.role() == Role.FINANCE_REVIEWER) {
			return true;
		}
		return scope.role() != Role.ADMINISTRATOR
				&& directory.departmentOf(scope.ownUnitId()).map(d -> d.id() == entry.ownerUnitId()).orElse(false);
	}

	private CatalogueLibrary libraryOf(Unit department) {
		return new CatalogueLibrary(department.id(), libraryName(department.id()));
	}

	private CatalogueLibrary libraryOf(CatalogueEntry entry) {
		return new CatalogueLibrary(entry.ownerUnitId(), libraryName(entry.ownerUnitId()));
	}

	/**
	 * Entry id → uses, summed over every module that reports them; empty when none does
	 * (yet).
	 */
	private Map<Long, Long> usage() {
		var total = new HashMap<Long, Long>();
		usages.orderedStream().forEach(u -> u.countByEntry().forEach((id, n) -> total.merge(id, n, Long::sum)));
		return total;
	}

	private void publish(Action action, DataScope scope, CatalogueEntry entry, Map<String, String> before) {
		// the common library's changes are logged against the bureau (the keeper's unit),
		// so the bureau reads them
		Long unit = entry.inCommonLibrary() ? scope.ownUnitId() : entry.ownerUnitId();
		events.publishEvent(new RecordChanged(action, RECORD_TYPE, entry.id(), entry.name(), unit, null,
				RecordChanged.diff(before, entry.auditFields())));
	}

}
