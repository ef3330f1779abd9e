package org.perfdesk.monitoring.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.perfdesk.execution.ProgressLight;
import org.perfdesk.indicator.IndicatorSubcategory;
import org.perfdesk.monitoring.DeviationCause;
import org.perfdesk.monitoring.Likelihood;
import org.perfdesk.monitoring.MonitoredIndicator;

class MonitoringRulesTests {

	static MonitoredIndicator row(Likelihood likelihood, Set<DeviationCause> causes, String measures) {
		return new MonitoredIndicator(0, IndicatorSubcategory.QUANTITY, "主题教育活动场次", "≥40场", "22场", "40场", likelihood,
				causes, "", measures);
	}

	@Test
	void aCertainRowNeedsNoCauseNorMeasures() {
		var errors = new LinkedHashMap<String, String>();
		DoubtfulIndicatorExplained.check(List.of(row(Likelihood.CERTAIN, Set.of(), "")), errors);
		assertThat(errors).isEmpty();
	}

	@Test
	void aPossibleOrImpossibleRowNeedsCausesAndMeasures() {
		for (Likelihood l : List.of(Likelihood.POSSIBLE, Likelihood.IMPOSSIBLE)) {
			var errors = new LinkedHashMap<String, String>();
			DoubtfulIndicatorExplained.check(List.of(row(l, Set.of(), " ")), errors);
			assertThat(errors).containsKeys("indicators[0].causes", "indicators[0].measures");
			assertThat(errors.get("indicators[0].causes")).contains("请勾选偏差原因").contains(l.label());
			assertThat(errors.get("indicators[0].measures")).contains("请填写改进措施");
		}
	}

	@Test
	void aDoubtfulRowWithCauseAndMeasuresPasses() {
		var errors = new LinkedHashMap<String, String>();
		DoubtfulIndicatorExplained.check(List.of(row(Likelihood.POSSIBLE, Set.of(DeviationCause.STAFF), "增派人员")),
				errors);
		assertThat(errors).isEmpty();
	}

	@Test
	void everyRowStatesValueToDateProjectionAndLikelihood() {
		var errors = new LinkedHashMap<String, String>();
		IndicatorRowsComplete.check(List.of(new MonitoredIndicator(0, IndicatorSubcategory.QUANTITY, "场次", "≥40场", " ",
				"", null, Set.of(), "", "")), errors);
		assertThat(errors).containsOnlyKeys("indicators[0].valueToDate", "indicators[0].projected",
				"indicators[0].likelihood");
		assertThat(errors.get("indicators[0].likelihood")).isEqualTo("请选择“场次”完成目标的可能性");
	}

	@Test
	void laggingExecutionNeedsOneExplainedRow() {
		List<MonitoredIndicator> certain = List.of(row(Likelihood.CERTAIN, Set.of(), ""));
		for (ProgressLight light : List.of(ProgressLight.RED, ProgressLight.YELLOW)) {
			var errors = new LinkedHashMap<String, String>();
			LaggingExecutionExplained.check(certain, light, 7, errors);
			assertThat(errors.get("execution")).contains("截至 7 月预算执行进度" + light.label());
		}
		var errors = new LinkedHashMap<String, String>();
		LaggingExecutionExplained.check(certain, ProgressLight.GREEN, 7, errors);
		LaggingExecutionExplained.check(certain, null, 7, errors);
		LaggingExecutionExplained.check(List.of(row(Likelihood.CERTAIN, Set.of(DeviationCause.FUNDING), "加快支付")),
				ProgressLight.RED, 7, errors);
		assertThat(errors).isEmpty();
	}

	@Test
	void overlongTextsAndAMissingProgressAreRefused() {
		var errors = ReportChecks.problems("", List.of(row(Likelihood.CERTAIN, Set.of(), "x".repeat(1001))),
				ProgressLight.GREEN, 7);
		assertThat(errors).containsKeys("progressText", "indicators[0].measures");
		assertThat(errors.get("indicators[0].measures")).contains("上限 1000 字");
	}

	@Test
	void invisibleControlCharactersAreRefusedButLineBreaksOnlyInTheNotes() {
		var row = new MonitoredIndicator(0, IndicatorSubcategory.QUANTITY, "主题教育活动场次", "≥40场", "22\n场", "40\u0000场",
				Likelihood.POSSIBLE, Set.of(DeviationCause.OTHER), "场地受限；\n已协调新场地", "第一条\u001b措施");
		var errors = ReportChecks.problems("截至 7 月完成\u0085过半", List.of(row), ProgressLight.GREEN, 7);
		assertThat(errors).containsEntry("progressText", "年度总体目标执行情况含有不可见的控制字符，请删除后再保存")
			.containsEntry("indicators[0].valueToDate", "执行情况含有不可见的控制字符，请删除后再保存")
			.containsEntry("indicators[0].projected", "全年预计完成情况含有不可见的控制字符，请删除后再保存")
			.containsEntry("indicators[0].measures", "改进措施含有不可见的控制字符，请删除后再保存")
			.doesNotContainKey("indicators[0].causeNote");
	}

}
