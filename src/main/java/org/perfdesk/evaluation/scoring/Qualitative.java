package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

import org.perfdesk.shared.RuleViolation;

import static org.perfdesk.evaluation.scoring.Numbers.text;

/**
 * 定性指标: the evaluator picks one of three bands and the score must lie inside it
 * (财预〔2020〕10号). Without a typed score the band's top is given, because the band was
 * chosen as a whole and the top is what the evaluator claims; a typed score outside the
 * band is refused rather than moved, so no one's number is silently changed.
 */
public record Qualitative(QualitativeBands bands) {

	/** The three bands as printed on the 自评表. */
	public enum Band {

		ACHIEVED("达成年度指标"), PARTLY("部分达成年度指标并具有一定效果"), MISSED("未达成年度指标且效果较差");

		private final String label;

		Band(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * One cent: the half-open bands end just below the next band's floor at two decimals.
	 */
	private static final BigDecimal CENT = new BigDecimal("0.01");

	public Qualitative() {
		this(QualitativeBands.DEFAULT);
	}

	public String name() {
		return "定性指标（三档）";
	}

	/**
	 * Lowest score of the band, inclusive, two decimals rounded up so that it really lies
	 * inside.
	 */
	public BigDecimal floor(Band band, BigDecimal weight) {
		return switch (band) {
			case ACHIEVED -> weight.multiply(bands.achieved()).setScale(2, RoundingMode.CEILING);
			case PARTLY -> weight.multiply(bands.partly()).setScale(2, RoundingMode.CEILING);
			case MISSED -> BigDecimal.ZERO.setScale(2);
		};
	}

	/**
	 * Highest two-decimal score of the band: W for 达成; for the half-open bands one cent
	 * below the next band's floor, since the floor itself belongs to the better band.
	 */
	public BigDecimal top(Band band, BigDecimal weight) {
		return switch (band) {
			case ACHIEVED -> weight.setScale(2, RoundingMode.HALF_UP);
			case PARTLY -> floor(Band.ACHIEVED, weight).subtract(CENT);
			case MISSED -> floor(Band.PARTLY, weight).subtract(CENT);
		};
	}

	/** The band's top. */
	public ScoredItem score(BigDecimal weight, Band band) {
		BigDecimal top = top(band, weight);
		return new ScoredItem(top, weight, name(), inputs(weight, band),
				"“" + band.label() + "”档取上限 " + top.toPlainString() + " 分（" + range(band, weight) + "）", Set.of());
	}

	/** A typed score, which must lie inside the chosen band. */
	public ScoredItem score(BigDecimal weight, Band band, BigDecimal typed) {
		BigDecimal floor = floor(band, weight);
		BigDecimal top = top(band, weight);
		if (typed.compareTo(floor) < 0 || typed.compareTo(top) > 0) {
			throw new RuleViolation("score",
					"“" + band.label() + "”档的得分须在 " + range(band, weight) + " 之内，填写的 " + text(typed) + " 分不在此范围");
		}
		BigDecimal score = typed.setScale(2, RoundingMode.HALF_UP);
		return new ScoredItem(score, weight, name(), inputs(weight, band),
				"“" + band.label() + "”档评定 " + score.toPlainString() + " 分（" + range(band, weight) + "）", Set.of());
	}

	private String range(Band band, BigDecimal weight) {
		return floor(band, weight).toPlainString() + "–" + top(band, weight).toPlainString() + " 分";
	}

	private static String inputs(BigDecimal weight, Band band) {
		return "分值 " + text(weight) + "，档次 " + band.label();
	}
}
