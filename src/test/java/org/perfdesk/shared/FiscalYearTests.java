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
	void thePagesOfEndedYearsOfferTheLastEndedYearAndTheYearsBeforeItNewestFirst() {
		Clock clock = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
		assertThat(FiscalYear.endedChoices(2025, clock, 3)).containsExactly(2025, 2024, 2023, 2022);
		// the running year, when it is the one chosen in the header, leads the list (its
		// page says it has not ended)
		assertThat(FiscalYear.endedChoices(2026, clock, 1)).containsExactly(2026, 2025);
		// a later year chosen in the header is offered too
		assertThat(FiscalYear.endedChoices(2027, clock, 1)).containsExactly(2027, 2026);
		// never a year outside 2000–2099
		assertThat(FiscalYear.endedChoices(2001,
				Clock.fixed(Instant.parse("2001-06-01T00:00:00Z"), ZoneId.of("Asia/Shanghai")), 5))
			.containsExactly(2001, 2000);
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
