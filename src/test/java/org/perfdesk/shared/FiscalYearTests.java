package org.perfdesk.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FiscalYearTests {

	@Test
	void currentYearFollowsChinaStandardTimeOnNewYearsEve() {
		// 2025-12-31 17:00 UTC is already 2026-01-01 01:00 in Beijing
		Clock clock = Clock.fixed(Instant.parse("2025-12-31T17:00:00Z"), ZoneId.of("Asia/Shanghai"));
		assertThat(FiscalYear.current(clock)).isEqualTo(FiscalYear.of(2026));
		assertThat(FiscalYear.current(clock).previous()).isEqualTo(FiscalYear.of(2025));
	}

	@Test
	void refusesYearsThatAreTypingErrors() {
		assertThat(FiscalYear.isValid(2000)).isTrue();
		assertThat(FiscalYear.isValid(2099)).isTrue();
		assertThat(FiscalYear.isValid(1999)).isFalse();
		assertThat(FiscalYear.isValid(20026)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> FiscalYear.of(2100)).withMessageContaining("2000 至 2099");
	}

}
