package org.perfdesk.evaluation.scoring;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RecordChanged.Action;
import org.perfdesk.shared.RecordChanged;
import org.perfdesk.shared.RecordType;
import org.perfdesk.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scoring settings (计分设置) of each fiscal year. The finance bureau (a 财政审核人) saves
 * them; everyone reads them, since every self-evaluation of the year is scored with them.
 * Until a year's settings are saved, the defaults of
 * {@link ScoringSettings#defaults(int)} apply. Each save is audited with a readable
 * summary of the settings before and after.
 */
@Service
@Transactional
public class ScoringSettingsManagement {

	static final String RECORD_TYPE = RecordType.SCORING_SETTINGS.name();

	private final ScoringSettingsRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ScoringSettingsManagement(ScoringSettingsRepository repository, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The settings a year's self-evaluations are scored with: the saved ones, or the
	 * defaults.
	 */
	@Transactional(readOnly = true)
	public ScoringSettings forYear(int fiscalYear) {
		return record(fiscalYear).settings();
	}

	/**
	 * The year's settings with who saved them, when, and the version to send back; the
	 * defaults at version 0.
	 */
	@Transactional(readOnly = true)
	public ScoringSettingsRecord record(int fiscalYear) {
		return repository.find(fiscalYear).orElseGet(() -> ScoringSettingsRecord.byDefault(fiscalYear));
	}

	/**
	 * Saves a year's settings, all or nothing; only a 财政审核人 may. {@code version} is the
	 * one read (0 for a year never saved); a different stored version means someone else
	 * saved meanwhile ({@link ConcurrentChange}).
	 * @throws RuleViolation with a Chinese message per field for everything that cannot
	 * be saved
	 */
	public ScoringSettingsRecord save(DataScope scope, int fiscalYear, ScoringSettingsInput input, int version) {
		return store(scope, fiscalYear, input, version, null);
	}

	/**
	 * Saves the previous year's settings (saved or default) as this year's, e.g. at the
	 * start of a new year's self-evaluation when the rules did not change. The same
	 * checks and audit as {@link #save}.
	 */
	public ScoringSettingsRecord copyFromPreviousYear(DataScope scope, int fiscalYear, int version) {
		requireFinanceReviewer(scope);
		if (!FiscalYear.isValid(fiscalYear - 1) || !FiscalYear.isValid(fiscalYear)) {
			throw new RuleViolation("fiscalYear",
					"预算年度须在 " + (FiscalYear.MIN + 1) + " 至 " + FiscalYear.MAX + " 之间才能从上一年度复制");
		}
		ScoringSettingsRecord previous = record(fiscalYear - 1);
		return store(scope, fiscalYear, ScoringSettingsInput.of(previous.settings()), version,
				(fiscalYear - 1) + " 年度" + (previous.saved() ? "" : "（默认设置）"));
	}

	private ScoringSettingsRecord store(DataScope scope, int fiscalYear, ScoringSettingsInput input, int version,
			String copiedFrom) {
		requireFinanceReviewer(scope);
		var errors = new LinkedHashMap<String, String>();
		if (!FiscalYear.isValid(fiscalYear)) {
			errors.put("fiscalYear", "预算年度须在 " + FiscalYear.MIN + " 至 " + FiscalYear.MAX + " 之间");
		}
		if (input == null) {
			throw new RuleViolation(null, "请填写计分设置");
		}
		ScoringSettings settings = input.read(fiscalYear, errors).orElse(null);
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		ScoringSettingsRecord before = record(fiscalYear);
		String what = fiscalYear + " 年度计分设置";
		LocalDateTime now = LocalDateTime.now(clock);
		boolean stored = before.saved() ? repository.update(settings, version, username(), now)
				: version == 0 && repository.insert(settings, username(), now);
		if (!stored) {
			throw new ConcurrentChange(what);
		}
		ScoringSettingsRecord after = record(fiscalYear);
		List<RecordChanged.FieldChange> changes = new java.util.ArrayList<>(
				RecordChanged.diff(auditFields(before), auditFields(after)));
		if (copiedFrom != null) {
			changes.add(0, new RecordChanged.FieldChange("复制自", null, copiedFrom));
		}
		events.publishEvent(new RecordChanged(before.saved() ? Action.UPDATE : Action.CREATE, RECORD_TYPE, fiscalYear,
				what, scope.ownUnitId(), fiscalYear, changes));
		return after;
	}

	/** The settings as the 操作日志 shows them, a year never saved marked （默认）. */
	static Map<String, String> auditFields(ScoringSettingsRecord record) {
		var fields = new LinkedHashMap<String, String>();
		ScoringGuide.summary(record.settings())
			.forEach((label, value) -> fields.put(label, value + (record.saved() ? "" : "（默认）")));
		return fields;
	}

	private static void requireFinanceReviewer(DataScope scope) {
		if (scope.role() != Role.FINANCE_REVIEWER) {
			throw new AccessDeniedException("只有财政审核人可以修改计分设置");
		}
	}

	/** Who is recorded as having saved: the signed-in user, as in the 操作日志. */
	private static String username() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
	}

}
