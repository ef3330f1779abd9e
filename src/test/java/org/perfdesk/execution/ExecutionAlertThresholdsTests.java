package org.perfdesk.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfdesk.shared.Amount;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The light thresholds as settings: {@code perfdesk.alerts.red-below} and
 * {@code perfdesk.alerts.yellow-below}.
 */
class ExecutionAlertThresholdsTests {

	@Configuration
	@EnableConfigurationProperties(AlertThresholds.class)
	static class Settings {

	}

	final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

	static BigDecimal d(String s) {
		return new BigDecimal(s);
	}

	/** 120 万元 budget, {@code spentWan} spent by the end of June (time progress 50%). */
	static ExecutionFigures figures(String spentWan, AlertThresholds thresholds) {
		var budget = new SourceAmounts(Amount.ofWan(d("120")), Amount.ZERO, Amount.ZERO);
		var spent = new SourceAmounts(Amount.ofWan(d(spentWan)), Amount.ZERO, Amount.ZERO);
		return new ExecutionFigures(budget, SourceAmounts.ZERO, spent, 6, thresholds);
	}

	@Test
	void byDefaultRedBelowSixtyAndYellowBelowEightyPercent() {
		AlertThresholds t = AlertThresholds.DEFAULT;
		assertThat(t.light(null)).isNull();
		assertThat(t.light(d("0.5999"))).isEqualTo(ProgressLight.RED);
		assertThat(t.light(d("0.6000"))).isEqualTo(ProgressLight.YELLOW);
		assertThat(t.light(d("0.7999"))).isEqualTo(ProgressLight.YELLOW);
		assertThat(t.light(d("0.8"))).isEqualTo(ProgressLight.GREEN);
		assertThat(t.redBelowText()).isEqualTo("60%");
		assertThat(t.yellowBelowText()).isEqualTo("80%");
		// figures built without settings use the defaults, sums keep the thresholds of
		// their rows
		assertThat(new ExecutionFigures(SourceAmounts.ZERO, SourceAmounts.ZERO, SourceAmounts.ZERO, 6).thresholds())
			.isEqualTo(AlertThresholds.DEFAULT);
		// 35 万元 of 120 by June: 29.17% ÷ 50% = 58.33%
		assertThat(figures("35", AlertThresholds.DEFAULT).light()).isEqualTo(ProgressLight.RED);
	}

	@Test
	void otherThresholdsChangeEveryLightDecidedFromTheFigures() {
		var strict = new AlertThresholds(d("0.5"), d("0.9"));
		// 33 万元 of 120 by June: execution rate 27.5%, progress 55%
		assertThat(figures("33", AlertThresholds.DEFAULT).light()).isEqualTo(ProgressLight.RED);
		assertThat(figures("33", strict).light()).isEqualTo(ProgressLight.YELLOW);
		// 51 万元: progress 85%: green by default, yellow below 90%
		assertThat(figures("51", AlertThresholds.DEFAULT).light()).isEqualTo(ProgressLight.GREEN);
		assertThat(figures("51", strict).light()).isEqualTo(ProgressLight.YELLOW);
		assertThat(figures("51", strict).plus(ExecutionFigures.none(6, strict)).light())
			.isEqualTo(ProgressLight.YELLOW);
		assertThat(ExecutionFigures.none(6, strict).plus(figures("33", strict)).thresholds()).isEqualTo(strict);
		assertThat(strict.redBelowText()).isEqualTo("50%");
		assertThat(new AlertThresholds(d("0.725"), d("0.8")).redBelowText()).isEqualTo("72.5%");
		// a project's execution hands its thresholds to its figures
		var project = new org.perfdesk.budget.Project(1L, 1L, 2026, "P1", "项目", org.perfdesk.budget.ProjectType.ONE_OFF,
				2026, 2026, "", Amount.ofWan(d("120")), Amount.ZERO, Amount.ZERO, "", 0);
		var pe = new ProjectExecution(project, List.of(), List.of(new MonthlyExecution(1L, 1L, 1L, 2026, 6,
				new SourceAmounts(Amount.ofWan(d("33")), Amount.ZERO, Amount.ZERO), 0, null)), 6, strict);
		assertThat(pe.figures().light()).isEqualTo(ProgressLight.YELLOW);
		assertThat(pe.figuresAt(6).thresholds()).isEqualTo(strict);
	}

	@Test
	void theSettingsBindFromApplicationProperties() {
		runner.run(context -> assertThat(context.getBean(AlertThresholds.class)).isEqualTo(AlertThresholds.DEFAULT));
		runner.withPropertyValues("perfdesk.alerts.red-below=0.5", "perfdesk.alerts.yellow-below=0.9")
			.run(context -> assertThat(context.getBean(AlertThresholds.class).light(d("0.55")))
				.isEqualTo(ProgressLight.YELLOW));
	}

	@Test
	void invalidSettingsAreRefused() {
		assertThatThrownBy(() -> new AlertThresholds(d("0.8"), d("0.6"))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("0 ≤ 红灯阈值 ≤ 黄灯阈值 ≤ 1");
		assertThatThrownBy(() -> new AlertThresholds(d("-0.1"), d("0.6"))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("预警阈值");
		assertThatThrownBy(() -> new AlertThresholds(d("0.6"), d("1.2"))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("perfdesk.alerts.yellow-below=1.2");
		assertThatThrownBy(() -> new AlertThresholds(null, d("0.8"))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("都须填写");
		// equal thresholds are allowed: no yellow at all
		assertThat(new AlertThresholds(d("0.7"), d("0.7")).light(d("0.69"))).isEqualTo(ProgressLight.RED);
		assertThat(new AlertThresholds(d("0.7"), d("0.7")).light(d("0.7"))).isEqualTo(ProgressLight.GREEN);
		runner.withPropertyValues("perfdesk.alerts.red-below=0.9", "perfdesk.alerts.yellow-below=0.8")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("0 ≤ 红灯阈值 ≤ 黄灯阈值 ≤ 1"));
	}

}
