package org.perfdesk.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DecimalTextTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "12.5|12.5", " 82 |82", "１２３．５|123.5", "1,234.56|1234.56", "1，234|1234",
			"-3|-3", "+0.25|0.25", ".5|0.5", "12,345,678|12345678", "0|0" })
	void readsNumbersAsPeopleTypeThem(String text, String expected) {
		assertThat(DecimalText.parse(text)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  ", "abc", "12万", "1.2.3", "12,34", "1e5", "--1", "十二" })
	void refusesWhatIsNotPlainlyANumber(String text) {
		assertThat(DecimalText.parse(text)).isEmpty();
	}
}
