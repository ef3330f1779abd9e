package org.perfdesk.targets;

import org.perfdesk.review.ReviewDecision;
import org.perfdesk.shared.Grade;

/**
 * What a reviewer sends: the decision, the opinion and the four grades (any of them may
 * be missing, then refused).
 */
public record ReviewInput(ReviewDecision decision, String opinion, Grade completeness, Grade relevance,
		Grade appropriateness, Grade feasibility) {
}
