package org.perfdesk.review;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewRepositoryTests {

	@Test
	void onlyPlainTableAndColumnNamesGoIntoTheSql() {
		assertThatThrownBy(
				() -> new ReviewRepository(null, Clock.systemUTC(), "report_review; drop table x", "report_id"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ReviewRepository(null, Clock.systemUTC(), "report_review", "id or 1=1"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
