package org.perfdesk.shared;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class DecimalTextTests {

	/**
	 * "1" followed by 100,000 zeros: as a page form field it once held a CPU for seconds.
	 */
	static final String HUNDRED_THOUSAND_DIGITS = "1" + "0".repeat(100_000);

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

	@ParameterizedTest
	@ValueSource(strings = { "1e20", "1E+1000000", "1E-1000000", "NaN", "Infinity", "-Infinity", "0x1F", "1/2" })
	void exponentsAndSpecialValuesAreNotNumbers(String text) {
		DecimalText.Reading reading = DecimalText.read(text, DecimalText.WAN_DIGITS);
		assertThat(reading.problem()).isEqualTo(DecimalText.Problem.NOT_A_NUMBER);
		assertThat(reading.value()).isNull();
		assertThat(reading.message("金额")).as("the caller explains with its own example").isNull();
	}

	@Test
	void minusZeroIsZero() {
		DecimalText.Reading reading = DecimalText.read("-0", DecimalText.WAN_DIGITS);
		assertThat(reading.problem()).isNull();
		assertThat(reading.value().signum()).isZero();
	}

	@Test
	void integerDigitsAreBoundedSoThatTheValueFitsItsColumn() {
		DecimalText.Reading tooLarge = DecimalText.read("99999999999999.999", DecimalText.WAN_DIGITS);
		assertThat(tooLarge.problem()).isEqualTo(DecimalText.Problem.TOO_LARGE);
		assertThat(tooLarge.message("当年财政拨款")).isEqualTo("当年财政拨款超出可填写的范围：整数部分最多 9 位");
		assertThat(DecimalText.read("999999999.999999", DecimalText.WAN_DIGITS).value())
			.isEqualByComparingTo("999999999.999999");
		assertThat(DecimalText.read("1,000,000,000", DecimalText.WAN_DIGITS).problem())
			.isEqualTo(DecimalText.Problem.TOO_LARGE);
		assertThat(DecimalText.read("0.000001", DecimalText.WAN_DIGITS).value()).isEqualByComparingTo("0.000001");
		assertThat(DecimalText.read("-123456", 5).problem()).isEqualTo(DecimalText.Problem.TOO_LARGE);
	}

	@Test
	void aTextLongerThanAnyNumberIsRefusedByItsLengthAtOnce() {
		String megabyte = "1" + "0".repeat(1_000_000);
		assertTimeoutPreemptively(Duration.ofMillis(500), () -> {
			for (String text : new String[] { HUNDRED_THOUSAND_DIGITS, megabyte, "0." + "0".repeat(100_000) + "1",
					"9".repeat(DecimalText.MAX_LENGTH + 1) }) {
				DecimalText.Reading reading = DecimalText.read(text, DecimalText.WAN_DIGITS);
				assertThat(reading.problem()).isEqualTo(DecimalText.Problem.TOO_LONG);
				assertThat(reading.message("调整金额")).isEqualTo("调整金额过长：数字最多 40 个字符");
				assertThat(DecimalText.parse(text)).isEmpty();
			}
		});
		assertThat(DecimalText.read("1".repeat(DecimalText.MAX_LENGTH), DecimalText.MAX_LENGTH).value()).isNotNull();
	}

	@Test
	void digitsAndDecimalsOfAHugeNumberCostNothing() {
		assertTimeoutPreemptively(Duration.ofMillis(500), () -> {
			assertThat(DecimalText.integerDigits(new BigDecimal("1E+1000000"))).isEqualTo(1_000_001);
			assertThat(DecimalText.decimals(new BigDecimal("1E+1000000"))).isZero();
			assertThat(DecimalText.decimals(new BigDecimal("1E-1000000"))).isEqualTo(1_000_000);
			assertThat(DecimalText.integerDigits(new BigDecimal("1E-1000000"))).isZero();
		});
		assertThat(DecimalText.integerDigits(new BigDecimal("123.45"))).isEqualTo(3);
		assertThat(DecimalText.integerDigits(new BigDecimal("0.5"))).isZero();
		assertThat(DecimalText.integerDigits(BigDecimal.ZERO)).isZero();
		assertThat(DecimalText.decimals(new BigDecimal("1.50"))).isEqualTo(1);
		assertThat(DecimalText.decimals(new BigDecimal("100"))).isZero();
	}

	@Test
	void aMessageQuotesAtMostFortyCharacters() {
		assertThat(DecimalText.shown("  abc ")).isEqualTo("abc");
		assertThat(DecimalText.shown("x".repeat(300_000))).hasSize(DecimalText.MAX_LENGTH + 1).endsWith("…");
		assertThat(DecimalText.shown(null)).isEmpty();
	}

}
