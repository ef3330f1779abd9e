package org.perfdesk.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdesk.evaluation.EvaluationFixtures.FINANCE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** The 绩效自评 pages with the demo accounts, on the ended year chosen in the session. */
@IntegrationTest
@Transactional
class SelfEvaluationPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SelfEvaluationManagement evaluations;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	/** A session whose fiscal year is the ended one. */
	MockHttpSession pastYear(String username) throws Exception {
		var session = new MockHttpSession();
		mvc.perform(post("/fiscal-year").session(session)
			.with(as(username))
			.with(csrf())
			.param("year", Integer.toString(EvaluationFixtures.pastYear().value()))
			.param("back", "/evaluations"));
		return session;
	}

	@Test
	void theListOffersTheFillerToStartAndOpensTheForm() throws Exception {
		var f = new EvaluationFixtures(jdbc, evaluations);
		long target = f.pendingTarget("201").id();
		MockHttpSession session = pastYear("filler");
		String html = mvc.perform(get("/evaluations").session(session).with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("待自评", "开始自评", "name=\"targetId\" value=\"" + target + "\"");

		String location = mvc
			.perform(post("/evaluations").session(session)
				.with(as("filler"))
				.with(csrf())
				.param("targetId", Long.toString(target)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		SelfEvaluation e = evaluations.list(FINANCE, EvaluationFixtures.pastYear())
			.stream()
			.filter(x -> x.targetId() == target)
			.findFirst()
			.orElseThrow();
		assertThat(location).isEqualTo("/evaluations/" + e.id() + "/edit");
		String form = mvc.perform(get(location).with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("id=\"evaluation-form\"", "indicators[0].weight", "indicators[0].actual", "保存并重新计分");

		// the finance bureau sees it in its list, with the chart and the grade table, but
		// may not start one
		String finance = mvc.perform(get("/evaluations").session(pastYear("finance")).with(as("finance")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(finance).contains("class=\"evaluation-line\"", "id=\"score-chart\"", "id=\"grade-table\"", "待填报单位开始")
			.doesNotContain("open-evaluation");
	}

	@Test
	void theSheetShowsEachScoreWithItsExplanationTheGradeAndTheFindings() throws Exception {
		var f = new EvaluationFixtures(jdbc, evaluations);
		SelfEvaluation e = f.opened();
		int row = EvaluationFixtures.firstAtLeast(e);
		List<EvaluationInput.Row> rows = new ArrayList<>(EvaluationFixtures.fullMarks(e));
		rows.set(row, EvaluationFixtures.scaled(e, row, "2"));
		SelfEvaluation saved = evaluations.save(f.filler(), e.id(), e.version(), EvaluationFixtures.input(rows));
		EvaluatedIndicator over = saved.indicators().get(row);

		String html = mvc.perform(get("/evaluations/" + e.id()).with(as("reviewer")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("项目支出绩效自评表", "年初预算数", "全年预算数", "全年执行数", "其中：当年财政拨款", "上年结转资金", "偏差原因分析及改进措施",
				saved.execution().explanation(), over.computed().explanation(), "规则：" + over.computed().rule(), "超额完成",
				"等级：" + saved.grade().label(), saved.total().toPlainString(), "id=\"findings\"");
		// the over-achieved row is highlighted and, without an explanation, blocks the
		// submission for its filler
		assertThat(html).contains("class=\"indicator-row table-warning\" id=\"indicator-" + row + "\"");
		String own = mvc.perform(get("/evaluations/" + e.id()).with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own).contains("id=\"blockers\"", "「" + over.name() + "」超额完成，请说明原因");
		mvc.perform(get("/evaluations/" + e.id()).with(as("palace"))).andExpect(status().isNotFound());
		mvc.perform(get("/evaluations/" + e.id()).with(as("filler2"))).andExpect(status().isNotFound());
	}

	@Test
	void aTextInANumberFieldIsShownBesideTheFieldAndNothingIsSaved() throws Exception {
		var f = new EvaluationFixtures(jdbc, evaluations);
		SelfEvaluation e = f.opened();
		List<EvaluationInput.Row> rows = EvaluationFixtures.fullMarks(e);
		MockHttpServletRequestBuilder request = post("/evaluations/" + e.id() + "/edit").with(as("filler"))
			.with(csrf())
			.param("version", Integer.toString(e.version()))
			.param("completionText", "完成全年主要任务");
		for (int i = 0; i < rows.size(); i++) {
			request.param("indicators[" + i + "].weight", i == 0 ? "十分" : rows.get(i).weight())
				.param("indicators[" + i + "].actual", rows.get(i).actual())
				.param("indicators[" + i + "].score", i == 1 ? "满分" : rows.get(i).score())
				.param("indicators[" + i + "].scoreReason", rows.get(i).scoreReason());
		}
		String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("id=\"form-errors\"", "分值须为数字，填写的“十分”不是数字", "得分须为数字，填写的“满分”不是数字", "is-invalid",
				"value=\"十分\"", "完成全年主要任务");
		SelfEvaluation unchanged = evaluations.find(FINANCE, e.id());
		assertThat(unchanged.version()).isEqualTo(e.version());
		assertThat(unchanged.completionText()).isEmpty();

		// saved properly, the page shows the recomputed scores
		MockHttpServletRequestBuilder good = post("/evaluations/" + e.id() + "/edit").with(as("filler"))
			.with(csrf())
			.param("version", Integer.toString(e.version()))
			.param("completionText", "完成全年主要任务");
		for (int i = 0; i < rows.size(); i++) {
			good.param("indicators[" + i + "].weight", rows.get(i).weight())
				.param("indicators[" + i + "].actual", rows.get(i).actual())
				.param("indicators[" + i + "].score", rows.get(i).score())
				.param("indicators[" + i + "].scoreReason", rows.get(i).scoreReason());
		}
		mvc.perform(good).andExpect(redirectedUrl("/evaluations/" + e.id()));
		SelfEvaluation saved = evaluations.find(FINANCE, e.id());
		assertThat(saved.indicators()).allSatisfy(r -> assertThat(r.score()).isNotNull());
		String page = mvc.perform(get("/evaluations/" + e.id()).with(as("filler")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(saved.indicators().get(0).computed().explanation(), saved.total().toPlainString());
	}

}
