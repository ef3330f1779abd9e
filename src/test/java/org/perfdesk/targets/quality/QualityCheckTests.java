package org.perfdesk.targets.quality;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QualityCheckTests {

	private final QualityCheck check = QualityCheck.standard();

	@Test
	void theWellWrittenTargetPassesEveryRule() {
		List<Finding> findings = check.check(TargetBuilder.volunteerTraining().build());

		assertThat(findings).isEmpty();
		assertThat(check.blocksSubmission(findings)).isFalse();
	}

	@Test
	void listsTheRulesWithUniqueCodesAndChineseTitles() {
		List<QualityRule> rules = check.rules();

		assertThat(rules).extracting(QualityRule::code)
			.doesNotHaveDuplicates()
			.contains("D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9", "D10", "D11", "D12", "D13", "D14", "D15",
					"D19", "S1", "S2");
		assertThat(rules).allSatisfy(rule -> assertThat(rule.title()).matches(".*\\p{IsHan}.*"));
	}

	@Test
	void reportsFindingsInRuleOrder() {
		var subject = TargetBuilder.volunteerTraining().objective("").noPlan().value("培训完成时间", "按时完成").build();

		List<Finding> findings = check.check(subject);

		assertThat(findings).extracting(Finding::ruleCode).containsExactly("S2", "D9", "S1");
		assertThat(findings).extracting(Finding::ruleTitle).containsExactly("必填项未填写", "时效指标不是时间", "资金支出计划有误");
	}

	@Test
	void anErrorBlocksSubmissionAndWarningsDoNot() {
		Finding warning = new Finding("D9", "时效指标不是时间", Severity.WARNING, "提示", 4, "indicators[4].value");
		Finding error = new Finding("S1", "资金支出计划有误", Severity.ERROR, "错误", null, "spendingPlan");

		assertThat(check.blocksSubmission(List.of(warning))).isFalse();
		assertThat(check.blocksSubmission(List.of(warning, error))).isTrue();
		assertThat(check.blocksSubmission(List.of())).isFalse();
		assertThat(Severity.ERROR.label()).isEqualTo("错误");
		assertThat(Severity.WARNING.label()).isEqualTo("提示");
	}

}
