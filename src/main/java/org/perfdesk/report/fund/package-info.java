/**
 * 专项资金绩效自评报告: a department groups several of its projects under a special fund
 * ({@link org.perfdesk.report.fund.SpecialFund}) and reports on the fund as a whole, as
 * published fund reports do: the fund's targets, its spending, and its performance by
 * work line (one line per project). Owns the tables {@code report_fund} and
 * {@code report_fund_project}. Internal to module report except {@code SpecialFund} and
 * {@code SpecialFunds}, which the reports page uses.
 */
@org.springframework.modulith.NamedInterface("fund")
package org.perfdesk.report.fund;
