package org.perfdesk.evaluation.common;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.perfdesk.consistency.Direction;
import org.perfdesk.evaluation.scoring.Numbers;
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
 * 部门整体支出共性指标模板 per fiscal year. Everyone reads a year's template (every department is
 * scored with it); only the finance bureau's reviewer (财政审核人) saves it, whole or not at
 * all, after {@link CommonIndicatorTemplate#problems()}; a year never saved uses
 * {@link CommonIndicatorTemplate#defaults(int)}. Audited as
 * {@link RecordType#SCORING_SETTINGS}. Evaluations already submitted keep the scores they
 * were submitted with.
 */
@Service
@Transactional
public class CommonIndicatorSettings {

	private final CommonIndicatorRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CommonIndicatorSettings(CommonIndicatorRepository repository, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	/** The template a year's department self-evaluations are scored with. */
	@Transactional(readOnly = true)
	public CommonIndicatorTemplate forYear(int fiscalYear) {
		return repository.find(fiscalYear).orElseGet(() -> CommonIndicatorTemplate.defaults(fiscalYear));
	}

	/**
	 * Saves a year's template. {@code version} is the one read (0 for a year still on the
	 * defaults); another version means someone saved meanwhile
	 * ({@link ConcurrentChange}).
	 */
	public CommonIndicatorTemplate save(DataScope scope, CommonIndicatorTemplate template, int version) {
		if (scope.role() != Role.FINANCE_REVIEWER) {
			throw new AccessDeniedException("只有财政审核人可以修改共性指标模板");
		}
		if (!FiscalYear.isValid(template.fiscalYear())) {
			throw new RuleViolation("year", "预算年度须在 " + FiscalYear.MIN + " 至 " + FiscalYear.MAX + " 之间");
		}
		Map<String, String> errors = template.problems();
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		CommonIndicatorTemplate before = forYear(template.fiscalYear());
		String by = actor();
		LocalDateTime now = LocalDateTime.now(clock);
		boolean done = before.saved() ? repository.update(template, version, by, now)
				: version == 0 && repository.insert(template, by, now);
		if (!done) {
			throw new ConcurrentChange(template.fiscalYear() + " 年度共性指标模板");
		}
		CommonIndicatorTemplate after = forYear(template.fiscalYear());
		events.publishEvent(new RecordChanged(before.saved() ? Action.UPDATE : Action.CREATE,
				RecordType.SCORING_SETTINGS.name(), after.fiscalYear(), after.fiscalYear() + " 年度部门整体支出共性指标模板",
				scope.ownUnitId(), after.fiscalYear(), RecordChanged.diff(auditFields(before), auditFields(after))));
		return after;
	}

	static Map<String, String> auditFields(CommonIndicatorTemplate t) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("总分值", Numbers.text(t.totalWeight()) + (t.saved() ? "" : "（默认）"));
		for (CommonIndicator c : t.indicators()) {
			String detail = c.category() + "/" + c.group() + " " + c.name() + " " + Numbers.text(c.weight()) + " 分，"
					+ (c.direction() == Direction.NEGATIVE ? "反向" : "正向") + "，" + c.expression() + "，" + ruleText(c);
			fields.put(c.code(), detail);
		}
		return fields;
	}

	/** The rule with its parameters, as the settings page and the audit trail show it. */
	public static String ruleText(CommonIndicator c) {
		CommonRule rule = c.rule();
		if (rule instanceof PerPointDeduction d) {
			return CommonRule.side(c.direction()) + " " + CommonRule.pct(d.threshold()) + " 得满分，每偏离 1 个百分点扣 "
					+ Numbers.text(d.pointsPerPoint()) + " 分";
		}
		if (rule instanceof Tiers t) {
			return "分档：" + t.describe(c.direction());
		}
		if (rule instanceof Proportional p) {
			return "按比例，目标 " + CommonRule.pct(p.target());
		}
		Checklist l = (Checklist) rule;
		return "逐项检查，每缺 1 项扣 " + Numbers.text(l.deduction()) + " 分："
				+ l.items().stream().collect(Collectors.joining("；"));
	}

	private static String actor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
	}

}
