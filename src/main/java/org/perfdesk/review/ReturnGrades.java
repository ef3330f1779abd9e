package org.perfdesk.review;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.perfdesk.shared.Grade;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The grades that force a return, for forms whose review grades each dimension (the
 * 绩效目标's 完整性, 相关性, 适当性, 可行性). 财预〔2015〕88号 sends a target graded 中 or 差 back for revision;
 * regions differ (some send 良 back too), so it is a setting:
 * {@code perfdesk.review.return-grades}.
 */
@ConfigurationProperties("perfdesk.review")
public record ReturnGrades(@DefaultValue( {
		"FAIR", "POOR" }) Set<Grade> returnGrades){

	public ReturnGrades {
		returnGrades = returnGrades.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(returnGrades));
	}

	/**
	 * Why an approval with these grades is refused, or null when it may pass (or is a
	 * return anyway).
	 */
	public String refusal(ReviewDecision decision, Grade... grades) {
		if (decision != ReviewDecision.APPROVE) {
			return null;
		}
		Set<Grade> low = EnumSet.noneOf(Grade.class);
		for (Grade g : grades) {
			if (g != null && returnGrades.contains(g)) {
				low.add(g);
			}
		}
		return low.isEmpty() ? null
				: "有维度评为“" + low.stream().map(Grade::label).collect(Collectors.joining("”“")) + "”，按审核规则须退回修改，不能通过";
	}
}
