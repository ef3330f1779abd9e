package org.perfdesk.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.perfdesk.budget.FundSource;
import org.perfdesk.budget.Project;
import org.perfdesk.execution.AdjustmentDraft;
import org.perfdesk.execution.AdjustmentKind;
import org.perfdesk.execution.ExecutionManagement;
import org.perfdesk.execution.SourceAmounts;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.shared.Amount;
import org.perfdesk.shared.FiscalYear;

/**
 * Monthly execution of the demo projects through the service, so rates and lights are
 * real: the previous year spent almost in full, the current year up to the month before
 * this one at a pace that differs per project (some on time, some slow, some far behind),
 * and one 追加 on the 西部计划 project.
 */
final class DemoExecution {

	/**
	 * Share of the time line each sample keeps to in the current year: 1 is on time, 0.5
	 * half as fast.
	 */
	static final Map<String, String> PACE = Map.ofEntries(Map.entry("01", "1.00"), Map.entry("02", "0.85"),
			Map.entry("03", "0.55"), Map.entry("04", "0.70"), Map.entry("05", "0.92"), Map.entry("07", "0.45"),
			Map.entry("08", "1.00"), Map.entry("09", "0.66"), Map.entry("10", "0.95"), Map.entry("11", "0.75"),
			Map.entry("12", "0.70"), Map.entry("13", "0.90"));

	private static final BigDecimal PREVIOUS_YEAR_PACE = new BigDecimal("0.96");

	private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

	private final ExecutionManagement execution;

	DemoExecution(ExecutionManagement execution) {
		this.execution = execution;
	}

	/** {@code today} decides how many months of the current year have passed. */
	void load(FiscalYear current, LocalDate today, List<Project> projects, Map<Long, String> sampleCode) {
		for (Project p : projects) {
			DataScope filler = new DataScope(Role.UNIT_FILLER, p.unitId(), false, Set.of(p.unitId()));
			boolean past = p.fiscalYear() < current.value();
			BigDecimal pace = past ? PREVIOUS_YEAR_PACE
					: new BigDecimal(PACE.getOrDefault(sampleCode.get(p.id()), "0.9"));
			int months = past ? 12 : today.getMonthValue() - 1;
			for (int month = 1; month <= months; month++) {
				execution.record(filler, p.id(), month, monthly(p, pace), null);
			}
			if (!past && "05".equals(sampleCode.get(p.id())) && today.getMonthValue() > 3) {
				execution.adjust(filler, p.id(),
						new AdjustmentDraft(LocalDate.of(current.value(), 3, 15), AdjustmentKind.INCREASE,
								FundSource.FISCAL_APPROPRIATION, Amount.ofWan(new BigDecimal("8")),
								"新增两名地方项目志愿者岗位，追加生活补贴和保险"));
			}
		}
	}

	/**
	 * One twelfth of each source's budget at the pace, rounded down to the fen so a year
	 * never overspends.
	 */
	private static SourceAmounts monthly(Project p, BigDecimal pace) {
		return new SourceAmounts(share(p.fiscalAppropriation(), pace), share(p.carryOver(), pace),
				share(p.otherFunds(), pace));
	}

	private static Amount share(Amount budget, BigDecimal pace) {
		return Amount.ofYuan(budget.yuan().multiply(pace).divide(TWELVE, 2, RoundingMode.DOWN));
	}

}
