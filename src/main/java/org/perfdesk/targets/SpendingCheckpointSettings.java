package org.perfdesk.targets;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RecordChanged;
import org.perfdesk.shared.RecordChanged.Action;
import org.perfdesk.shared.RecordType;
import org.perfdesk.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spending plan's checkpoint months per fiscal year ({@link SpendingCheckpoints}):
 * the finance bureau (a 财政审核人) sets them, everyone reads them; a year never set uses
 * 3/6/9/12 月底. The target form, the printed target forms and the monitoring's 计划进度 take
 * the months of the target's year. A change is recorded in the 操作日志.
 */
@Service
@Transactional
public class SpendingCheckpointSettings {

	static final String RECORD_TYPE = RecordType.SPENDING_CHECKPOINTS.name();

	private final SpendingCheckpointRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SpendingCheckpointSettings(SpendingCheckpointRepository repository, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	/** The year's checkpoints with who set them and when, or the default. */
	@Transactional(readOnly = true)
	public SpendingCheckpoints checkpoints(int fiscalYear) {
		return repository.find(fiscalYear).orElseGet(() -> SpendingCheckpoints.byDefault(fiscalYear));
	}

	/** The year's four checkpoint months, e.g. [3, 6, 9, 12]. */
	@Transactional(readOnly = true)
	public List<Integer> months(int fiscalYear) {
		return checkpoints(fiscalYear).months();
	}

	/**
	 * Sets the months of a fiscal year; only a 财政审核人 may.
	 * @throws RuleViolation if the year or the months are not valid
	 */
	public SpendingCheckpoints choose(DataScope scope, int fiscalYear, List<Integer> months) {
		if (scope.role() != Role.FINANCE_REVIEWER) {
			throw new AccessDeniedException("只有财政审核人可以设置支出计划节点");
		}
		if (!FiscalYear.isValid(fiscalYear)) {
			throw new RuleViolation("fiscalYear", "预算年度须在 " + FiscalYear.MIN + " 至 " + FiscalYear.MAX + " 之间");
		}
		SpendingCheckpoints.check(months);
		SpendingCheckpoints before = checkpoints(fiscalYear);
		repository.save(new SpendingCheckpoints(fiscalYear, months, true, null, null), actor(),
				LocalDateTime.now(clock));
		SpendingCheckpoints after = checkpoints(fiscalYear);
		events.publishEvent(new RecordChanged(before.chosen() ? Action.UPDATE : Action.CREATE, RECORD_TYPE, fiscalYear,
				fiscalYear + " 年度支出计划节点", scope.ownUnitId(), fiscalYear,
				RecordChanged.diff(auditFields(before), auditFields(after))));
		return after;
	}

	private static Map<String, String> auditFields(SpendingCheckpoints checkpoints) {
		return Map.of("支出计划节点", checkpoints.text() + (checkpoints.chosen() ? "" : "（默认）"));
	}

	/** Who is recorded as having set them: the signed-in user, as in the 操作日志. */
	private static String actor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
	}

}
