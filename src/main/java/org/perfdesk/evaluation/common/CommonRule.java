package org.perfdesk.evaluation.common;

import org.perfdesk.consistency.Direction;
import org.perfdesk.evaluation.scoring.Measure;
import org.perfdesk.evaluation.scoring.Numbers;
import org.perfdesk.evaluation.scoring.ScoredItem;

import java.math.BigDecimal;
import java.util.List;

/**
 * 共性指标的计分规则: how a common indicator of the department self-evaluation is scored. Four
 * kinds are in use on the provincial forms (domain.md §1.5–1.6): a deduction per
 * percentage point beyond a threshold, a table of tiers, proportional scoring, and a
 * checklist with a deduction per missing item. Each rule is a small named class; its
 * {@link #problems} tell the template editor what makes it unusable.
 */
public sealed interface CommonRule permits CommonRule.RateRule, Checklist {

	/** The four kinds, as stored and as offered on the template page. */
	enum Kind {

		DEDUCTION("按百分点扣分"), TIERS("分档计分"), PROPORTIONAL("按比例计分"), CHECKLIST("逐项检查扣分");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	Kind kind();

	/**
	 * The Chinese name printed beside the score, with its parameters, e.g. "不高于 100%，每超 1
	 * 个百分点扣 0.5 分".
	 */
	String name();

	/**
	 * Chinese messages for what makes the rule unusable with this weight and direction;
	 * empty when it is fine.
	 */
	List<String> problems(BigDecimal weight, Direction direction);

	/** A rule that scores a rate computed by a {@link CommonFormula}. */
	sealed interface RateRule extends CommonRule permits PerPointDeduction, Tiers, Proportional {

		/**
		 * Scores the printed rate; a measure without a rate gives "无法计分" with the reason,
		 * never a guess.
		 * @param direction {@link Direction#POSITIVE} when a higher rate is better,
		 * {@link Direction#NEGATIVE} when a lower one is
		 */
		ScoredItem score(BigDecimal weight, Direction direction, Measure measure);

	}

	/** "不高于" for a 反向 (≤) indicator, "不低于" for a 正向 (≥) one. */
	static String side(Direction direction) {
		return direction == Direction.NEGATIVE ? "不高于" : "不低于";
	}

	static String pct(BigDecimal percent) {
		return Numbers.text(percent) + "%";
	}

}
