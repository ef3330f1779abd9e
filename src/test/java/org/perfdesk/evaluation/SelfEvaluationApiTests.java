package org.perfdesk.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdesk.evaluation.EvaluationFixtures.FINANCE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** {@code /api/v1/evaluations} with the demo accounts over HTTP Basic. */
@IntegrationTest
@Transactional
class SelfEvaluationApiTests {

	static final String PASSWORD = "perfdesk-demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SelfEvaluationManagement evaluations;

	static String body(SelfEvaluation e, List<EvaluationInput.Row> rows, String firstWeight) {
		String indicators = rows.stream()
			.map(r -> "{\"weight\": " + (rows.indexOf(r) == 0 && firstWeight != null ? firstWeight : r.weight())
					+ ", \"actual\": \"" + r.actual() + "\", \"score\": " + (r.score().isBlank() ? "null" : r.score())
					+ ", \"scoreReason\": \"" + r.scoreReason() + "\", \"reason\": \"\"}")
			.collect(Collectors.joining(", "));
		return "{\"version\": " + e.version() + ", \"completionText\": \"全年任务基本完成。\", \"executionReason\": "
				+ "\"年末尾款跨年支付。\", \"indicators\": [" + indicators + "]}";
	}

	@Test
	void openSaveAndReadAnEvaluationWithItsScoresAndFindings() throws Exception {
		var f = new EvaluationFixtures(jdbc, evaluations);
		long target = f.pendingTarget("201").id();
		int year = EvaluationFixtures.pastYear().value();
		mvc.perform(
				get("/api/v1/evaluations").param("year", Integer.toString(year)).with(httpBasic("filler", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ended").value(true))
			.andExpect(jsonPath("$.pending[?(@.targetId == " + target + ")]").exists());

		mvc.perform(post("/api/v1/evaluations").with(httpBasic("reviewer", PASSWORD))
			.contentType("application/json")
			.content("{\"targetId\": " + target + "}")).andExpect(status().isForbidden());
		String created = mvc
			.perform(post("/api/v1/evaluations").with(httpBasic("filler", PASSWORD))
				.contentType("application/json")
				.content("{\"targetId\": " + target + "}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.execution.rule").value("预算执行率（比例法）"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		SelfEvaluation e = evaluations.list(FINANCE, EvaluationFixtures.pastYear())
			.stream()
			.filter(x -> x.targetId() == target)
			.findFirst()
			.orElseThrow();
		assertThat(created).contains("\"id\":" + e.id());

		List<EvaluationInput.Row> rows = EvaluationFixtures.fullMarks(e);
		// a text where a number belongs: 400 with the field named
		mvc.perform(put("/api/v1/evaluations/" + e.id()).with(httpBasic("filler", PASSWORD))
			.contentType("application/json")
			.content(body(e, rows, "\"九分\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("输入有误，未保存任何内容"));
		// 分值 adding up to more than 100: 400 on "weights", nothing saved
		mvc.perform(put("/api/v1/evaluations/" + e.id()).with(httpBasic("filler", PASSWORD))
			.contentType("application/json")
			.content(body(e, rows, "99")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.weights").exists());
		assertThat(evaluations.find(FINANCE, e.id()).version()).isEqualTo(e.version());

		SelfEvaluation saved = e;
		mvc.perform(put("/api/v1/evaluations/" + e.id()).with(httpBasic("filler", PASSWORD))
			.contentType("application/json")
			.content(body(e, rows, null)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.indicators[1].score.rule").exists())
			.andExpect(jsonPath("$.indicators[1].score.explanation").exists());
		saved = evaluations.find(FINANCE, e.id());
		mvc.perform(get("/api/v1/evaluations/" + e.id()).with(httpBasic("reviewer", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(saved.total().doubleValue()))
			.andExpect(jsonPath("$.grade").value(saved.grade().name()))
			.andExpect(jsonPath("$.indicators[0].score.explanation")
				.value(saved.indicators().get(0).computed().explanation()))
			.andExpect(jsonPath("$.findings").isArray())
			.andExpect(jsonPath("$.blockers").isMap());
		// a stale version is a conflict; another unit does not see it
		mvc.perform(put("/api/v1/evaluations/" + e.id()).with(httpBasic("filler", PASSWORD))
			.contentType("application/json")
			.content(body(e, rows, null))).andExpect(status().isConflict());
		mvc.perform(get("/api/v1/evaluations/" + e.id()).with(httpBasic("palace", PASSWORD)))
			.andExpect(status().isNotFound());

		mvc.perform(post("/api/v1/evaluations/" + e.id() + "/submit").with(httpBasic("filler", PASSWORD))
			.contentType("application/json")
			.content("{\"version\": " + saved.version() + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		mvc.perform(post("/api/v1/evaluations/" + e.id() + "/review").with(httpBasic("reviewer", PASSWORD))
			.contentType("application/json")
			.content("{\"decision\": \"RETURN\", \"opinion\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.opinion").exists());
		mvc.perform(post("/api/v1/evaluations/" + e.id() + "/review").with(httpBasic("reviewer", PASSWORD))
			.contentType("application/json")
			.content("{\"decision\": \"APPROVE\", \"opinion\": \"同意。\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DEPARTMENT_APPROVED"))
			.andExpect(jsonPath("$.reviews[0].opinion").value("同意。"));
	}

}
