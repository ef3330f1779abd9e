package org.perfdesk.evaluation.common;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommonIndicatorFormTests {

	@Test
	void theDefaultTemplateSurvivesTheFormUnchanged() {
		CommonIndicatorTemplate defaults = CommonIndicatorTemplate.defaults(2025);
		var errors = new LinkedHashMap<String, String>();
		CommonIndicatorTemplate back = CommonIndicatorForm.of(defaults, 2).toTemplate(2025, errors);
		assertThat(errors).isEmpty();
		assertThat(back.indicators()).isEqualTo(defaults.indicators());
		assertThat(back.totalWeight()).isEqualByComparingTo(defaults.totalWeight());
	}

	@Test
	void textInANumberIsAFieldError() {
		CommonIndicatorForm form = CommonIndicatorForm.of(CommonIndicatorTemplate.defaults(2025), 0);
		form.getRows().get(0).setWeight("五分");
		form.getRows().get(3).setTiers("0:5\n十:4");
		form.setTotalWeight("一百");
		Map<String, String> errors = new LinkedHashMap<>();
		form.toTemplate(2025, errors);
		assertThat(errors).containsEntry("rows[0].weight", "第 1 行的分值须为数字，“五分”不是数字")
			.containsEntry("rows[3].tiers", "第 4 行：分档“十:4”格式应为“界限%:得分”，如“10:4”，每档一行")
			.containsEntry("totalWeight", "总分值须为数字，“一百”不是数字");
	}

	@Test
	void removedRowsAreDroppedAndProblemsLandOnThePostedRow() {
		CommonIndicatorForm form = CommonIndicatorForm.of(CommonIndicatorTemplate.defaults(2025), 1);
		form.getRows().get(0).setRemove(true);
		form.getRows().get(2).setWeight("-1");
		var errors = new LinkedHashMap<String, String>();
		CommonIndicatorTemplate t = form.toTemplate(2025, errors);
		assertThat(errors).isEmpty();
		assertThat(t.indicators()).hasSize(CommonIndicatorTemplate.defaults(2025).indicators().size() - 1);
		Map<String, String> renumbered = form.renumber(t.problems());
		// the third posted row is the second kept one
		assertThat(renumbered).containsEntry("rows[2].weight", "第 3 行：分值不能为负数");
	}

}
