package org.perfdesk.shared;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The 万元 reader every page form uses, with the numbers of the hardening issue. */
class WanTextTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "1e20|财政拨款须为数字（单位：万元），如 12.5", "1E+1000000|财政拨款须为数字（单位：万元），如 12.5",
					"99999999999999.999|财政拨款超出可填写的范围：整数部分最多 9 位（单位：万元）", "NaN|财政拨款须为数字（单位：万元），如 12.5",
					"Infinity|财政拨款须为数字（单位：万元），如 12.5", "12.1234567|财政拨款以万元填写时最多 6 位小数（精确到分）" })
	void refusesWithAChineseMessage(String text, String message) {
		Map<String, String> errors = new LinkedHashMap<>();
		assertThat(WanText.read("fiscalFunds", text, "财政拨款", errors)).isNull();
		assertThat(errors).containsExactly(Map.entry("fiscalFunds", message));
	}

	@Test
	void aHundredThousandDigitsAreRefusedAtOnce() {
		Map<String, String> errors = new LinkedHashMap<>();
		assertTimeoutPreemptively(Duration.ofMillis(500),
				() -> WanText.read("fiscalFunds", DecimalTextTests.HUNDRED_THOUSAND_DIGITS, "财政拨款", errors));
		assertThat(errors).containsEntry("fiscalFunds", "财政拨款过长：数字最多 40 个字符（单位：万元）");
	}

	@Test
	void readsWhatFitsTheColumn() {
		Map<String, String> errors = new LinkedHashMap<>();
		assertThat(WanText.read("a", "-0", "金额", errors)).isEqualTo(Amount.ZERO);
		assertThat(WanText.read("a", "999999999.99", "金额", errors).yuan()).isEqualByComparingTo("9999999999900");
		assertThat(WanText.read("a", " ", "金额", errors)).isNull();
		assertThat(errors).isEmpty();
	}

}
