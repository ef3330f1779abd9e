package org.perfdesk.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AmountTests {

	@Test
	void keepsYuanWithTwoDecimalsRoundingHalfUp() {
		assertThat(Amount.ofYuan("1234.565").yuan()).isEqualByComparingTo("1234.57");
		assertThat(Amount.ofYuan("1234.564").yuan()).isEqualByComparingTo("1234.56");
		assertThat(Amount.ofYuan("7").yuan().scale()).isEqualTo(2);
	}

	@Test
	void convertsWanTypedInFormsToYuan() {
		assertThat(Amount.ofWan(new BigDecimal("82.5")).yuan()).isEqualByComparingTo("825000.00");
		assertThat(Amount.ofWan(new BigDecimal("0.000123")).yuan()).isEqualByComparingTo("1.23");
	}

	@Test
	void showsWanRoundedWithThousandsSeparators() {
		Amount amount = Amount.ofYuan("11033512.50");
		assertThat(amount.formatWan()).isEqualTo("1,103.35");
		assertThat(amount.formatWan(4)).isEqualTo("1,103.3513");
		assertThat(Amount.ofYuan("15").formatWan()).isEqualTo("0.00");
		assertThat(Amount.ofYuan("50").formatWan()).isEqualTo("0.01");
	}

	@Test
	void exactWanRoundTripsThroughAForm() {
		Amount amount = Amount.ofYuan("152400.01");
		assertThat(amount.toWanExact().toPlainString()).isEqualTo("15.240001");
		assertThat(Amount.ofWan(amount.toWanExact())).isEqualTo(amount);
	}

	@Test
	void sumsExactly() {
		Amount sum = Amount.ofYuan("0.10").plus(Amount.ofYuan("0.20"));
		assertThat(sum).isEqualTo(Amount.ofYuan("0.30"));
		assertThat(sum.isNegative()).isFalse();
		assertThat(Amount.ofYuan("-0.01").isNegative()).isTrue();
	}

	@Test
	void pagesShowTheConfiguredDecimalsOfWanWhileTheAmountStaysExact() {
		Amount amount = Amount.ofYuan("123456.78");
		assertThat(amount.formatWan()).isEqualTo("12.35");
		try {
			new DisplaySettings(4);
			assertThat(amount.formatWan()).isEqualTo("12.3457");
			new DisplaySettings(6);
			assertThat(amount.formatWan()).isEqualTo("12.345678");
			assertThat(amount.yuan()).isEqualByComparingTo("123456.78");
		}
		finally {
			new DisplaySettings(Amount.DEFAULT_WAN_SCALE);
		}
		assertThat(amount.formatWan()).isEqualTo("12.35");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DisplaySettings(7)).hasMessageContaining("0 到 6");
		assertThat(Amount.displayScale()).isEqualTo(2);
	}

}
