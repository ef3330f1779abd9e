package org.perfdesk.indicator;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RecordChanged;
import org.perfdesk.shared.RecordChanged.Action;
import org.perfdesk.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 指标体系 per fiscal year. Both the 2015 and the 2021 scheme are still in use locally, so
 * the finance bureau (a 财政审核人) chooses one per year; a year it never chose uses
 * {@link IndicatorScheme#defaultFor}. Everyone reads the choice, since every target of
 * the year is written in it.
 */
@Service
@Transactional
public class SchemeSettings {

	static final String RECORD_TYPE = org.perfdesk.shared.RecordType.SCHEME_CHOICE.name();

	private final SchemeChoiceRepository choices;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SchemeSettings(SchemeChoiceRepository choices, ApplicationEventPublisher events, Clock clock) {
		this.choices = choices;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public IndicatorScheme schemeFor(int fiscalYear) {
		return choice(fiscalYear).scheme();
	}

	/** The year's scheme with who chose it and when, or the default. */
	@Transactional(readOnly = true)
	public SchemeChoice choice(int fiscalYear) {
		return choices.find(fiscalYear).orElseGet(() -> SchemeChoice.byDefault(fiscalYear));
	}

	/** Sets the scheme of a fiscal year; only a 财政审核人 may. */
	public SchemeChoice choose(DataScope scope, int fiscalYear, IndicatorScheme scheme) {
		if (scope.role() != Role.FINANCE_REVIEWER) {
			throw new AccessDeniedException("只有财政审核人可以设置指标体系");
		}
		var errors = new LinkedHashMap<String, String>();
		if (!FiscalYear.isValid(fiscalYear)) {
			errors.put("fiscalYear", "预算年度须在 " + FiscalYear.MIN + " 至 " + FiscalYear.MAX + " 之间");
		}
		if (scheme == null) {
			errors.put("scheme", "请选择指标体系");
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		SchemeChoice before = choice(fiscalYear);
		choices.save(fiscalYear, scheme, actor(), LocalDateTime.now(clock));
		SchemeChoice after = choice(fiscalYear);
		events.publishEvent(new RecordChanged(before.chosen() ? Action.UPDATE : Action.CREATE, RECORD_TYPE, fiscalYear,
				fiscalYear + " 年度指标体系", scope.ownUnitId(), fiscalYear,
				RecordChanged.diff(auditFields(before), auditFields(after))));
		return after;
	}

	private static Map<String, String> auditFields(SchemeChoice choice) {
		return Map.of("指标体系", choice.scheme().label() + (choice.chosen() ? "" : "（默认）"));
	}

	/** Who is recorded as having chosen: the signed-in user, as in the 操作日志. */
	private static String actor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
	}

}
