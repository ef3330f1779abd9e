package org.perfdesk.indicator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
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
class SchemeSettingsTests {

	@Autowired
	SchemeSettings schemes;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aYearNeverChosenUsesTheDefault() {
		assertThat(schemes.schemeFor(2019)).isEqualTo(IndicatorScheme.CLASSIC_2015);
		assertThat(schemes.schemeFor(2031)).isEqualTo(IndicatorScheme.CORE_2021);
		assertThat(schemes.choice(2031).chosen()).isFalse();
	}

	@Test
	void theFinanceReviewerChoosesAndTheChoiceIsLogged() {
		SchemeChoice choice = schemes.choose(as("finance"), 2031, IndicatorScheme.CLASSIC_2015);
		assertThat(choice.chosen()).isTrue();
		assertThat(choice.chosenBy()).isEqualTo("finance");
		assertThat(schemes.schemeFor(2031)).isEqualTo(IndicatorScheme.CLASSIC_2015);
		schemes.choose(as("finance"), 2031, IndicatorScheme.CORE_2021);
		assertThat(schemes.schemeFor(2031)).isEqualTo(IndicatorScheme.CORE_2021);
		assertThat(jdbc.sql("select e.action || ':' || c.old_value || '>' || c.new_value from audit_entry e join "
				+ "audit_field_change c on c.entry_id = e.id where e.record_type = 'SCHEME_CHOICE' and e.record_id = 2031 "
				+ "order by e.id")
			.query(String.class)
			.list()).containsExactly(
					"CREATE:" + IndicatorScheme.CORE_2021.label() + "（默认）>" + IndicatorScheme.CLASSIC_2015.label(),
					"UPDATE:" + IndicatorScheme.CLASSIC_2015.label() + ">" + IndicatorScheme.CORE_2021.label());
	}

	@Test
	void nobodyElseChooses() {
		for (String user : new String[] { "reviewer", "filler", "admin" }) {
			DataScope scope = as(user);
			assertThatThrownBy(() -> schemes.choose(scope, 2031, IndicatorScheme.CLASSIC_2015)).as(user)
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(schemes.choice(2031).chosen()).isFalse();
	}

	@Test
	void theYearMustBeAFiscalYearAndASchemeGiven() {
		assertThatThrownBy(() -> schemes.choose(as("finance"), 1999, null)).isInstanceOfSatisfying(RuleViolation.class,
				e -> assertThat(e.errors()).containsKeys("fiscalYear", "scheme"));
	}

	private DataScope as(String username) {
		var details = users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		return currentUser.scope();
	}

}
