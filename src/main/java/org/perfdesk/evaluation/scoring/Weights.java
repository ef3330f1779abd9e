package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.perfdesk.evaluation.scoring.Numbers.text;

/**
 * 一级 weights of a self-evaluation: 预算执行 / 产出 / 效益 / 满意度, 10 / 50 / 30 / 10 by default
 * (财预〔2020〕10号). The split may differ in special cases as long as it sums to 100, so a
 * different split is a warning, not an error. A satisfaction weight of 0 means the
 * project has no 满意度 indicator.
 */
public record Weights(BigDecimal execution, BigDecimal output, BigDecimal benefit, BigDecimal satisfaction) {

	public static final Weights DEFAULT = new Weights(BigDecimal.TEN, BigDecimal.valueOf(50), BigDecimal.valueOf(30),
			BigDecimal.TEN);

	private static final BigDecimal TOTAL = BigDecimal.valueOf(100);

	/**
	 * Where the satisfaction weight goes when there is no satisfaction indicator. Not
	 * fixed nationally, hence a regional setting; 效益 by default since satisfaction is
	 * itself a result of the project.
	 */
	public enum FreedWeight {

		BENEFIT("效益指标"), OUTPUT("产出指标");

		private final String label;

		FreedWeight(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** This split with the satisfaction weight moved to the chosen level. */
	public Weights withoutSatisfaction(FreedWeight to) {
		return switch (to) {
			case BENEFIT -> new Weights(execution, output, benefit.add(satisfaction), BigDecimal.ZERO);
			case OUTPUT -> new Weights(execution, output.add(satisfaction), benefit, BigDecimal.ZERO);
		};
	}

	public BigDecimal total() {
		return execution.add(output).add(benefit).add(satisfaction);
	}

	/** Chinese messages for what makes the split unusable; empty when it is fine. */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		positive(problems, "预算执行", execution);
		positive(problems, "产出指标", output);
		positive(problems, "效益指标", benefit);
		if (satisfaction.signum() < 0) {
			problems.add("满意度指标权重不能为负数（无满意度指标时填 0）");
		}
		if (total().compareTo(TOTAL) != 0) {
			problems.add("一级指标权重合计须为 100，当前为 " + text(total()));
		}
		return problems;
	}

	/**
	 * A Chinese warning when the split differs from the default (or, without a
	 * satisfaction indicator, from the default with its weight moved as configured), so a
	 * reviewer checks the special case was justified.
	 */
	public Optional<String> warning(FreedWeight freed) {
		Weights expected = satisfaction.signum() == 0 ? DEFAULT.withoutSatisfaction(freed) : DEFAULT;
		if (same(expected)) {
			return Optional.empty();
		}
		return Optional.of("权重 " + describe() + " 与默认 " + expected.describe() + " 不同，请说明调整理由");
	}

	public String describe() {
		return "预算执行 " + text(execution) + " / 产出 " + text(output) + " / 效益 " + text(benefit) + " / 满意度 "
				+ text(satisfaction);
	}

	private boolean same(Weights other) {
		return execution.compareTo(other.execution) == 0 && output.compareTo(other.output) == 0
				&& benefit.compareTo(other.benefit) == 0 && satisfaction.compareTo(other.satisfaction) == 0;
	}

	private static void positive(List<String> problems, String level, BigDecimal weight) {
		if (weight.signum() <= 0) {
			problems.add(level + "权重须大于 0，当前为 " + text(weight));
		}
	}
}
