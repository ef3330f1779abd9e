package org.perfdesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class MonitoringPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MonitoringManagement monitoring;

	MonitoringRound open() {
		var tests = new MonitoringWorkflowTests();
		tests.monitoring = monitoring;
		tests.jdbc = jdbc;
		return tests.openRound();
	}

	@Test
	void theRoundPageListsRedBeforeYellowWithTheChartAndItsTable() throws Exception {
		MonitoringRound round = open();
		String html = mvc
			.perform(get("/monitoring/rounds/" + round.id()).with(user(users.loadUserByUsername("finance"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"rate-chart\"", "id=\"rate-table\"", "id=\"reminders\"", "echarts.min.js");
		int red = html.indexOf("data-light=\"RED\"");
		int yellow = html.indexOf("data-light=\"YELLOW\"");
		int green = html.indexOf("data-light=\"GREEN\"");
		assertThat(red).isPositive();
		if (yellow > 0) {
			assertThat(red).isLessThan(yellow);
		}
		if (green > 0) {
			assertThat(Math.max(red, yellow)).isLessThan(green);
		}
		String list = mvc.perform(get("/monitoring").with(user(users.loadUserByUsername("finance"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("发起监控", round.label());
	}

	@Test
	void theReportFormShowsFieldErrorsAndKeepsWhatWasTyped() throws Exception {
		MonitoringRound round = open();
		Long unit = jdbc.sql("select unit_id from org_account where username = 'filler'").query(Long.class).single();
		MonitoringLine line = monitoring.lines(MonitoringWorkflowTests.FINANCE, round.id())
			.stream()
			.filter(l -> l.unitId() == unit)
			.findFirst()
			.orElseThrow();
		String path = "/monitoring/rounds/" + round.id() + "/targets/" + line.targetId();
		var filler = user(users.loadUserByUsername("filler"));
		String page = mvc.perform(get(path).with(filler))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"indicator-table\"", "indicators[0].valueToDate", "经费保障");
		var request = post(path).with(filler).with(csrf()).param("progressText", "已开展主题教育12场");
		int rows = monitoring.report(MonitoringWorkflowTests.FINANCE, round.id(), line.targetId()).indicators().size();
		for (int i = 1; i < rows; i++) {
			request.param("indicators[" + i + "].valueToDate", "");
		}
		String html = mvc
			.perform(request.param("indicators[0].valueToDate", "22场").param("indicators[0].likelihood", "IMPOSSIBLE"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("请勾选偏差原因", "请填写改进措施", "已开展主题教育12场", "22场", "is-invalid");
		// the round is this test's own (the demo's rounds use other months): nothing of
		// it was saved
		assertThat(jdbc.sql("select count(*) from monitoring_report where round_id = :r")
			.param("r", round.id())
			.query(Long.class)
			.single()).isZero();
		mvc.perform(get(path).with(user(users.loadUserByUsername("palace")))).andExpect(status().isNotFound());
	}

	@Test
	void theApiListsTheLinesAndRefusesAFillerOpeningARound() throws Exception {
		MonitoringRound round = open();
		mvc.perform(
				get("/api/v1/monitoring/rounds/" + round.id() + "/lines").with(httpBasic("finance", "perfdesk-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].light").value("RED"));
		mvc.perform(post("/api/v1/monitoring/rounds").with(httpBasic("filler", "perfdesk-demo"))
			.contentType("application/json")
			.content("{\"fiscalYear\": 2026, \"cutOffMonth\": 3, \"deadline\": \"2026-04-15\"}"))
			.andExpect(status().isForbidden());
	}

}
