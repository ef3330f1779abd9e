package org.perfdesk.targets.quality;

import java.util.ArrayList;
import java.util.List;

import org.perfdesk.targets.TargetSubject;

/**
 * 目标审核: runs the quality rules over a target before it is submitted and when a reviewer
 * opens it. The findings come in rule order (S2 completeness first, then the checklist
 * D1–D19, then S1), each rule's in row order, so the page can list them as they are
 * returned.
 */
public final class QualityCheck {

	private final List<QualityRule> rules;

	public QualityCheck(List<QualityRule> rules) {
		this.rules = List.copyOf(rules);
	}

	/**
	 * The rules with the defaults of domain.md §4: at least 3 indicators, weights adding
	 * up to 100.
	 */
	public static QualityCheck standard() {
		return new QualityCheck(List.of(new RequiredFieldMissing(), new ValueNotQuantified(), new InputAsOutput(),
				new QuantityWithoutUnit(), new ValueKindMismatch(), new LevelNameAsIndicatorName(),
				new IndicatorInWrongCategory(), new LongTermInAnnualTarget(), new DuplicateIndicator(),
				new TimelinessNotATime(), new SatisfactionWithoutThreshold(), new TrivialOrImpossibleTarget(),
				new ObjectiveCopiedIntoIndicators(), new RequiredCategoryEmpty(), new CostNotMatchingFunds(),
				new VagueScoringRule(), new WeightsNotAddingUp(), new SpendingPlanBroken()));
	}

	/** The rules in the order they run, for the help page that lists them. */
	public List<QualityRule> rules() {
		return rules;
	}

	public List<Finding> check(TargetSubject subject) {
		List<Finding> findings = new ArrayList<>();
		for (QualityRule rule : rules) {
			findings.addAll(rule.check(subject));
		}
		return findings;
	}

	/** True when any finding is an error: the filler must fix it before submitting. */
	public boolean blocksSubmission(List<Finding> findings) {
		return findings.stream().anyMatch(Finding::blocksSubmission);
	}

}
