package org.perfdesk.targets.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.perfdesk.targets.SpendingPlan;
import org.perfdesk.targets.TargetKind;
import org.perfdesk.targets.TargetSubject;

/**
 * S1 资金支出计划有误 (not in the checklist of domain.md §4; "S" marks this product's own
 * checks): a project's spending plan gives the cumulative share of the year's funds spent
 * by the end of March, June, September and December. It must be filled, stay within
 * 0–100%, never go down, and reach 100% in December.
 * <p>
 * Error: the plan is the baseline for 执行进度 in monitoring (财预〔2019〕136号), so a plan that
 * falls or stops short of 100% makes every later execution rate meaningless. Department
 * targets have no plan and are skipped.
 */
public final class SpendingPlanBroken extends AbstractRule {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final String[] FIELDS = { "march", "june", "september", "december" };

	public SpendingPlanBroken() {
		super("S1", "资金支出计划有误", Severity.ERROR);
	}

	@Override
	public List<Finding> check(TargetSubject subject) {
		List<Finding> findings = new ArrayList<>();
		if (subject.content().kind() != TargetKind.PROJECT) {
			return findings;
		}
		// the year's checkpoints name the four shares (3、6、9、12月底 unless the finance
		// bureau set others)
		String[] months = subject.checkpoints().toArray(String[]::new);
		SpendingPlan plan = subject.content().spendingPlan();
		if (plan == null) {
			findings.add(targetFinding("spendingPlan",
					"未填写资金支出计划。请填写" + String.join("、", subject.checkpoints()) + "累计支出占年度资金的比例，12月底应为100%。"));
			return findings;
		}
		BigDecimal[] shares = { plan.march(), plan.june(), plan.september(), plan.december() };
		BigDecimal previous = null;
		int previousAt = -1;
		for (int q = 0; q < shares.length; q++) {
			BigDecimal share = shares[q];
			String field = "spendingPlan." + FIELDS[q];
			if (share == null) {
				findings.add(targetFinding(field, "资金支出计划中" + months[q] + "的累计比例未填写。请填写0—100之间的百分比。"));
				continue;
			}
			if (share.signum() < 0 || share.compareTo(HUNDRED) > 0) {
				findings.add(targetFinding(field, "资金支出计划中" + months[q] + "的累计比例为" + percent(share) + "，应在0%—100%之间。"));
				continue; // a share out of range is not compared with the next: one
							// mistake, one finding
			}
			if (previous != null && share.compareTo(previous) < 0) {
				findings.add(targetFinding(field, "资金支出计划中" + months[q] + "的累计比例" + percent(share) + "低于"
						+ months[previousAt] + "的" + percent(previous) + "。支出计划是累计数，只能持平或增加，请改正。"));
			}
			previous = share;
			previousAt = q;
		}
		BigDecimal december = plan.december();
		if (december != null && december.signum() >= 0 && december.compareTo(HUNDRED) < 0) {
			findings.add(targetFinding("spendingPlan.december",
					"资金支出计划12月底的累计比例为" + percent(december) + "，应为100%：年度资金应在年底前全部支出。"));
		}
		return findings;
	}

	private static String percent(BigDecimal share) {
		return share.stripTrailingZeros().toPlainString() + "%";
	}

}
