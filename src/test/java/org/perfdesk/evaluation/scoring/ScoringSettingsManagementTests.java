package org.perfdesk.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfdesk.DemoYear;
import org.perfdesk.IntegrationTest;
import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Transactional
class ScoringSettingsManagementTests {

	/**
	 * A year ahead of the demo data, cleared before each test so that it starts without
	 * stored settings.
	 */
	static final int YEAR = DemoYear.current() + 3;

	@Autowired
	ScoringSettingsManagement scoring;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clearTheYears() {
		for (int year : new int[] { YEAR - 1, YEAR }) {
			jdbc.sql("delete from evaluation_execution_tier where fiscal_year = :y").param("y", year).update();
			jdbc.sql("delete from evaluation_scoring_settings where fiscal_year = :y").param("y", year).update();
		}
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	/**
	 * A region's rules that differ from the defaults in every setting, tiers typed
	 * highest first.
	 */
	static ScoringSettingsInput regional() {
		return new ScoringSettingsInput(
				"LINEAR", "30", "10", "40", "40", "10", true, List.of(new ScoringSettingsInput.Tier("95", "10"),
						new ScoringSettingsInput.Tier("90", "9"), new ScoringSettingsInput.Tier("80", "7.5")),
				"85", "65", "OUTPUT");
	}

	@Test
	void aYearWithoutStoredSettingsUsesTheDefaults() {
		assertThat(stored(YEAR)).isZero();
		ScoringSettingsRecord record = scoring.record(YEAR);
		assertThat(record.saved()).isFalse();
		assertThat(record.version()).isZero();
		assertThat(record.updatedBy()).isNull();
		assertThat(record.settings()).isEqualTo(ScoringSettings.defaults(YEAR));
		assertThat(scoring.forYear(YEAR)).isEqualTo(ScoringSettings.defaults(YEAR));
		assertThat(scoring.forYear(YEAR).weights()).isEqualTo(Weights.DEFAULT);
	}

	@Test
	void savedSettingsAreReadBackAndScoreWithThem() {
		ScoringSettingsRecord saved = scoring.save(as("finance"), YEAR, regional(), 0);
		assertThat(stored(YEAR)).isOne();
		assertThat(saved.saved()).isTrue();
		assertThat(saved.version()).isOne();
		assertThat(saved.updatedBy()).isEqualTo("finance");
		assertThat(saved.updatedAt()).isNotNull();
		ScoringSettings read = scoring.forYear(YEAR);
		assertThat(ScoringSettingsInput.of(read)).isEqualTo(regional());
		assertThat(read.reverse()).isEqualTo(ScoringSettings.ReverseVariant.LINEAR);
		assertThat(read.overAchievement().share()).isEqualByComparingTo("0.3");
		assertThat(read.executionTiers()).extracting(t -> t.rate().stripTrailingZeros().toPlainString())
			.containsExactly("0.95", "0.9", "0.8");
		assertThat(read.bands().achieved()).isEqualByComparingTo("0.85");
		assertThat(read.freedWeight()).isEqualTo(Weights.FreedWeight.OUTPUT);
		assertThat(read.weights().describe()).isEqualTo(
				new Weights(BigDecimal.TEN, BigDecimal.valueOf(40), BigDecimal.valueOf(40), BigDecimal.TEN).describe());
		// the engine scores with what was stored: 92% reaches the 90% tier, 反向 is the
		// linear rule
		ScoredItem execution = read.execution()
			.score(org.perfdesk.shared.Amount.ofYuan("92"), org.perfdesk.shared.Amount.ofYuan("100"));
		assertThat(execution.score()).isEqualByComparingTo("9");
		assertThat(read.indicators().policyFor(org.perfdesk.indicator.Comparison.AT_MOST).orElseThrow())
			.isInstanceOf(LowerIsBetterLinear.class);
	}

	@Test
	void aSecondSaveNeedsTheVersionReadAndReplacesTheTiers() {
		DataScope finance = as("finance");
		scoring.save(finance, YEAR, regional(), 0);
		ScoringSettingsInput proportional = new ScoringSettingsInput("RATIO", "20", "10", "50", "30", "10", false,
				regional().tiers(), "80", "60", "BENEFIT");
		ScoringSettingsRecord second = scoring.save(finance, YEAR, proportional, 1);
		assertThat(second.version()).isEqualTo(2);
		assertThat(second.settings().tiered()).isFalse();
		assertThat(jdbc.sql("select count(*) from evaluation_execution_tier where fiscal_year = :y")
			.param("y", YEAR)
			.query(Long.class)
			.single()).isZero();
		assertThatThrownBy(() -> scoring.save(finance, YEAR, regional(), 1)).isInstanceOf(ConcurrentChange.class);
		assertThatThrownBy(() -> scoring.save(finance, YEAR - 1, regional(), 3)).isInstanceOf(ConcurrentChange.class);
		assertThat(scoring.forYear(YEAR).reverse()).isEqualTo(ScoringSettings.ReverseVariant.RATIO);
		assertThat(stored(YEAR - 1)).isZero();
	}

	static Stream<Arguments> mistakes() {
		return Stream.of(mistake("reverse", "请选择反向指标", i -> with(i, "reverse", "")),
				mistake("freedWeight", "满意度权重归入", i -> with(i, "freedWeight", "ELSEWHERE")),
				mistake("overAchievement", "“二十”不是数字", i -> with(i, "overAchievement", "二十")),
				mistake("overAchievement", "0% 至 200%", i -> with(i, "overAchievement", "250")),
				mistake("overAchievement", "0% 至 200%", i -> with(i, "overAchievement", "-5")),
				mistake("overAchievement", "请填写超额完成比例", i -> with(i, "overAchievement", " ")),
				mistake("achievedBand", "不能超过 100%", i -> with(i, "achievedBand", "101")),
				mistake("partlyBand", "须大于 0%", i -> with(i, "partlyBand", "0")),
				mistake("partlyBand", "须低于“达成”档的下限", i -> with(i, "partlyBand", "85")),
				mistake("achievedBand", "最多保留两位小数", i -> with(i, "achievedBand", "80.125")),
				mistake("executionWeight", "预算执行权重须大于 0", i -> with(i, "executionWeight", "0")),
				mistake("outputWeight", "“四十”不是数字", i -> with(i, "outputWeight", "四十")),
				mistake("weights", "合计须为 100", i -> with(i, "benefitWeight", "45")),
				mistake("satisfactionWeight", "不能为负数", i -> with(i, "satisfactionWeight", "-5")),
				mistake("tiers[0].rate", "0% 至 100%", i -> tiers(i, "120", "10", "90", "9")),
				mistake("tiers[0].rate", "“九十五”不是数字", i -> tiers(i, "九十五", "10", "90", "9")),
				mistake("tiers[1].rate", "与第 1 档相同", i -> tiers(i, "90", "10", "90.0", "9")),
				mistake("tiers[0].points", "0 至 10 分", i -> tiers(i, "95", "12", "90", "9")),
				mistake("tiers[1].points", "0 至 10 分", i -> tiers(i, "95", "10", "90", "-1")),
				mistake("tiers[1].points", "“九”不是数字", i -> tiers(i, "95", "10", "90", "九")),
				mistake("tiers[0].points", "执行率越高得分不能越低", i -> tiers(i, "95", "8", "90", "9")),
				mistake("tiers", "至少填写一档", i -> tiers(i, "", "", "", "")));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("mistakes")
	void eachMistakeIsExplainedBesideItsFieldAndNothingIsStored(String field, String message,
			UnaryOperator<ScoringSettingsInput> change) {
		DataScope finance = as("finance");
		ScoringSettingsInput wrong = change.apply(regional());
		assertThatThrownBy(() -> scoring.save(finance, YEAR, wrong, 0)).isInstanceOfSatisfying(RuleViolation.class,
				e -> assertThat(e.errors()).containsKey(field).extractingByKey(field).asString().contains(message));
		assertThat(stored(YEAR)).isZero();
		assertThat(audited(YEAR)).isZero();
	}

	@Test
	void aMistakeLeavesTheStoredSettingsAsTheyWere() {
		DataScope finance = as("finance");
		scoring.save(finance, YEAR, regional(), 0);
		long entries = audited(YEAR);
		assertThatThrownBy(() -> scoring.save(finance, YEAR,
				tiers(with(regional(), "reverse", "RATIO"), "95", "10", "95", "9"), 1))
			.isInstanceOf(RuleViolation.class);
		assertThat(ScoringSettingsInput.of(scoring.forYear(YEAR))).isEqualTo(regional());
		assertThat(scoring.record(YEAR).version()).isOne();
		assertThat(audited(YEAR)).isEqualTo(entries);
	}

	@Test
	void theYearMustBeAFiscalYear() {
		assertThatThrownBy(() -> scoring.save(as("finance"), 1999, regional(), 0))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors()).containsKey("fiscalYear"));
	}

	@Test
	void onlyTheFinanceReviewerSavesOrCopies() {
		for (String user : new String[] { "reviewer", "filler", "admin" }) {
			DataScope scope = as(user);
			assertThatThrownBy(() -> scoring.save(scope, YEAR, regional(), 0)).as(user)
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> scoring.copyFromPreviousYear(scope, YEAR, 0)).as(user)
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(stored(YEAR)).isZero();
		assertThat(audited(YEAR)).isZero();
	}

	@Test
	void eachSaveIsAuditedWithTheSettingsBeforeAndAfter() {
		DataScope finance = as("finance");
		scoring.save(finance, YEAR, regional(), 0);
		var defaults = ScoringGuide.summary(ScoringSettings.defaults(YEAR));
		var regional = ScoringGuide.summary(scoring.forYear(YEAR));
		assertThat(changes(YEAR, "CREATE"))
			.contains("反向指标计分方法:" + defaults.get("反向指标计分方法") + "（默认）>" + regional.get("反向指标计分方法"),
					"预算执行率计分:" + defaults.get("预算执行率计分") + "（默认）>" + regional.get("预算执行率计分"))
			.hasSize(defaults.size());
		assertThat(regional.get("预算执行率计分")).contains("≥95% 得 10 分", "≥80% 得 7.5 分");
		scoring.save(finance, YEAR, with(regional(), "overAchievement", "50"), 1);
		assertThat(changes(YEAR, "UPDATE")).containsExactly("超额完成比例:30%>50%");
		assertThat(jdbc
			.sql("select username || '/' || label from audit_entry where record_type = 'SCORING_SETTINGS' "
					+ "and record_id = :y and action = 'UPDATE'")
			.param("y", YEAR)
			.query(String.class)
			.single()).isEqualTo("finance/" + YEAR + " 年度计分设置");
	}

	@Test
	void aYearIsCopiedFromThePreviousOne() {
		DataScope finance = as("finance");
		scoring.save(finance, YEAR - 1, regional(), 0);
		ScoringSettingsRecord copied = scoring.copyFromPreviousYear(finance, YEAR, 0);
		assertThat(copied.saved()).isTrue();
		assertThat(ScoringSettingsInput.of(copied.settings()))
			.isEqualTo(ScoringSettingsInput.of(scoring.forYear(YEAR - 1)));
		assertThat(copied.fiscalYear()).isEqualTo(YEAR);
		assertThat(changes(YEAR, "CREATE")).first().isEqualTo("复制自:null>" + (YEAR - 1) + " 年度");
		// copying again over saved settings needs their version
		assertThatThrownBy(() -> scoring.copyFromPreviousYear(finance, YEAR, 0)).isInstanceOf(ConcurrentChange.class);
	}

	@Test
	void copyingAYearNeverSavedStoresTheDefaults() {
		DataScope finance = as("finance");
		scoring.save(finance, YEAR, regional(), 0);
		ScoringSettingsRecord copied = scoring.copyFromPreviousYear(finance, YEAR, 1);
		assertThat(copied.saved()).isTrue();
		assertThat(ScoringSettingsInput.of(copied.settings()))
			.isEqualTo(ScoringSettingsInput.of(ScoringSettings.defaults(YEAR)));
		assertThat(changes(YEAR, "UPDATE")).first().isEqualTo("复制自:null>" + (YEAR - 1) + " 年度（默认设置）");
	}

	private long stored(int year) {
		return jdbc.sql("select count(*) from evaluation_scoring_settings where fiscal_year = :y")
			.param("y", year)
			.query(Long.class)
			.single();
	}

	private long audited(int year) {
		return jdbc.sql("select count(*) from audit_entry where record_type = 'SCORING_SETTINGS' and record_id = :y")
			.param("y", year)
			.query(Long.class)
			.single();
	}

	private List<String> changes(int year, String action) {
		return jdbc
			.sql("select c.field || ':' || coalesce(c.old_value, 'null') || '>' || c.new_value from audit_entry e "
					+ "join audit_field_change c on c.entry_id = e.id where e.record_type = 'SCORING_SETTINGS' "
					+ "and e.record_id = :y and e.action = :a order by c.position")
			.param("y", year)
			.param("a", action)
			.query(String.class)
			.list();
	}

	private static Arguments mistake(String field, String message, UnaryOperator<ScoringSettingsInput> change) {
		return Arguments.of(field, message, change);
	}

	static ScoringSettingsInput with(ScoringSettingsInput i, String field, String value) {
		return new ScoringSettingsInput(field.equals("reverse") ? value : i.reverse(),
				field.equals("overAchievement") ? value : i.overAchievement(),
				field.equals("executionWeight") ? value : i.executionWeight(),
				field.equals("outputWeight") ? value : i.outputWeight(),
				field.equals("benefitWeight") ? value : i.benefitWeight(),
				field.equals("satisfactionWeight") ? value : i.satisfactionWeight(), i.tiered(), i.tiers(),
				field.equals("achievedBand") ? value : i.achievedBand(),
				field.equals("partlyBand") ? value : i.partlyBand(),
				field.equals("freedWeight") ? value : i.freedWeight());
	}

	/** The input with the 分档法 and these (rate, points) pairs as rows. */
	static ScoringSettingsInput tiers(ScoringSettingsInput i, String... ratesAndPoints) {
		var rows = new ArrayList<ScoringSettingsInput.Tier>();
		for (int k = 0; k < ratesAndPoints.length; k += 2) {
			rows.add(new ScoringSettingsInput.Tier(ratesAndPoints[k], ratesAndPoints[k + 1]));
		}
		return new ScoringSettingsInput(i.reverse(), i.overAchievement(), i.executionWeight(), i.outputWeight(),
				i.benefitWeight(), i.satisfactionWeight(), true, rows, i.achievedBand(), i.partlyBand(),
				i.freedWeight());
	}

	private DataScope as(String username) {
		var details = users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		return currentUser.scope();
	}

}
