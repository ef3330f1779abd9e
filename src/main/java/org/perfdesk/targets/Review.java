package org.perfdesk.targets;

import java.time.LocalDateTime;

import org.perfdesk.review.ReviewDecision;
import org.perfdesk.review.ReviewLevel;
import org.perfdesk.shared.Grade;

/**
 * 审核记录: a reviewer's decision on one target version with the opinion (审核意见) and a grade
 * on each of the four dimensions of 财预〔2015〕88号: 完整性, 相关性, 适当性, 可行性.
 */
public record Review(long id, long targetId, ReviewLevel level, ReviewDecision decision, String opinion,
		Grade completeness, Grade relevance, Grade appropriateness, Grade feasibility, String reviewer,
		LocalDateTime reviewedAt) {
}
