package org.perfdesk.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdesk.shared.PlainText.MULTI_LINE;
import static org.perfdesk.shared.PlainText.SINGLE_LINE;

class PlainTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "示例市青少年宫", "≥95%、≤300元/人", "Youth Palace (No. 2) – 2026", "全角　空格", "😀 志愿者", "𠮷野家", "" })
	void ordinaryTextIncludingEmojiAndRareHanziIsAccepted(String text) {
		assertThat(SINGLE_LINE.accepts(text)).isTrue();
		assertThat(MULTI_LINE.accepts(text)).isTrue();
	}

	@Test
	void nullIsLeftToTheRequiredCheck() {
		assertThat(SINGLE_LINE.accepts(null)).isTrue();
		assertThat(SINGLE_LINE.problem("项目名称", null)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "第一行\n第二行", "第一行\r\n第二行", "列\t列" })
	void lineBreaksAndTabsOnlyInMultiLineTexts(String text) {
		assertThat(MULTI_LINE.accepts(text)).isTrue();
		assertThat(SINGLE_LINE.accepts(text)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "名\u0000称", "名\u0001称", "\u001b[31m红色", "退格\b", "\u001f", "删除\u007f", "\u0085下一行",
			"\u009f", "坏\ud800", "\udc00坏", "反\udc00\ud800序", "\ufffe", "\uffff", "abc\u202edcba", "\u2066隔离\u2069" })
	void controlCharactersLoneSurrogatesNonCharactersAndBidiOverridesAreRefusedEverywhere(String text) {
		assertThat(SINGLE_LINE.accepts(text)).isFalse();
		assertThat(MULTI_LINE.accepts(text)).isFalse();
	}

	@Test
	void theMessageNamesTheField() {
		assertThat(SINGLE_LINE.problem("项目名称", "项目\u0000")).isEqualTo("项目名称含有不可见的控制字符，请删除后再保存");
		assertThat(SINGLE_LINE.problem("项目名称", "项目")).isNull();
	}

}
