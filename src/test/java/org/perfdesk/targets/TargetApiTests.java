package org.perfdesk.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfdesk.DemoYear;
import org.perfdesk.IntegrationTest;
import org.perfdesk.budget.Project;
import org.perfdesk.budget.ProjectManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class TargetApiTests {

	static final String PASSWORD = "perfdesk-demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProjectManagement projects;

	TargetFixtures fx;

	int year = DemoYear.current();

	@BeforeEach
	void fixtures() {
		fx = new TargetFixtures(jdbc);
	}

	private String body(Project p, String objective, String weight) {
		String y = Integer.toString(p.fiscalYear());
		return """
				{"projectId": %d, "annualObjective": "%s", "fiscalFunds": %s, "otherFunds": 0,
				 "spendingPlan": [25, 50, 75, 100],
				 "indicators": [
				  {"subcategory": "ECONOMIC_COST", "name": "项目总成本", "value": "≤12.5万元", "weight": 10, "basis": "PLAN", "scoringRule": "不超预算得10分，每超1%%扣1分"},
				  {"subcategory": "QUANTITY", "name": "培训志愿者骨干人数", "value": "≥200人", "weight": %s, "scoringRule": "完成值/指标值×30分"},
				  {"subcategory": "QUALITY", "name": "培训考核合格率", "value": "≥95%%", "weight": 10, "scoringRule": "每低1个百分点扣1分"},
				  {"subcategory": "TIMELINESS", "name": "培训完成时间", "value": "%s年10月底前", "weight": 10, "scoringRule": "每延期1个月扣3分"},
				  {"subcategory": "SOCIAL", "name": "受益社区居民人次", "value": "≥3000人次", "weight": 30, "scoringRule": "完成值/指标值×30分"},
				  {"subcategory": "SERVICE_SATISFACTION", "name": "参训志愿者满意度", "value": "≥90%%", "weight": 10, "scoringRule": "≥90%%得满分，每低1个百分点扣1分", "core": true}
				 ]}"""
			.formatted(p.id(), objective, p.fiscalAppropriation().yuan().toPlainString(), weight, y);
	}

	private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String json, String user) throws Exception {
		return mvc
			.perform(request.contentType(MediaType.APPLICATION_JSON).content(json).with(httpBasic(user, PASSWORD)));
	}

	@Test
	void aTargetIsDeclaredReadSubmittedAndReviewedThroughTheApi() throws Exception {
		Project p = fx.newProject(projects, "API-T-1", year, "12.5");
		String created = send(post("/api/v1/targets"), body(p, "年内完成培训。", "30"), "filler")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.annualFunds").value(125000.00))
			.andExpect(jsonPath("$.indicators[1].value.comparison").value("AT_LEAST"))
			.andExpect(jsonPath("$.indicators[1].value.number").value(200))
			.andExpect(jsonPath("$.indicators[1].value.unit").value("人"))
			.andExpect(jsonPath("$.indicators[3].value.kind").value("DATE"))
			.andExpect(jsonPath("$.indicators[3].value.deadline").value(year + "-10-31"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(created.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
		mvc.perform(get("/api/v1/targets").param("year", Integer.toString(year)).with(httpBasic("reviewer", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem((int) id)));
		mvc.perform(get("/api/v1/targets/" + id).with(httpBasic("filler2", PASSWORD))).andExpect(status().isNotFound());
		send(post("/api/v1/targets/" + id + "/submit"), "{\"version\": 0}", "filler").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		send(post("/api/v1/targets/" + id + "/review"), """
				{"version": 1, "decision": "APPROVE", "completeness": "EXCELLENT", "relevance": "GOOD",
				 "appropriateness": "GOOD", "feasibility": "GOOD"}""", "finance").andExpect(status().isForbidden());
		send(post("/api/v1/targets/" + id + "/review"), """
				{"version": 1, "decision": "APPROVE", "completeness": "EXCELLENT", "relevance": "GOOD",
				 "appropriateness": "GOOD", "feasibility": "GOOD"}""", "reviewer").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DEPARTMENT_APPROVED"));
		mvc.perform(get("/api/v1/targets/" + id + "/reviews").with(httpBasic("filler", PASSWORD)))
			.andExpect(jsonPath("$[0].level").value("DEPARTMENT"));
	}

	@Test
	void badInputGetsChineseFieldErrorsAndAStaleVersionA409() throws Exception {
		Project p = fx.newProject(projects, "API-T-2", year, "12.5");
		send(post("/api/v1/targets"), body(p, "目标", "\"三十\""), "filler").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("输入有误，未保存任何内容"))
			.andExpect(jsonPath("$.errors.*", org.hamcrest.Matchers.hasSize(1)));
		send(post("/api/v1/targets"), body(p, "目标", "-3"), "filler").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors['indicators[1].weight']", containsString("负数")));
		assertThat(jdbc.sql("select count(*) from target_performance_target where project_id = :p")
			.param("p", p.id())
			.query(Long.class)
			.single()).isZero();
		String huge = "很".repeat(4 * 1024 * 1024);
		send(post("/api/v1/targets"), body(p, huge, "30"), "filler").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message", containsString("请求体过大")));

		send(post("/api/v1/targets"), body(p, "目标", "30"), "filler").andExpect(status().isCreated());
		long id = jdbc.sql("select id from target_performance_target where project_id = :p")
			.param("p", p.id())
			.query(Long.class)
			.single();
		String edit = body(p, "甲的修改", "30").replaceFirst("\\{", "{\"version\": 0, ");
		send(put("/api/v1/targets/" + id), edit, "filler").andExpect(status().isOk());
		send(put("/api/v1/targets/" + id), edit.replace("甲的修改", "乙的修改"), "filler").andExpect(status().isConflict());
		mvc.perform(get("/api/v1/targets/" + id).with(httpBasic("filler", PASSWORD)))
			.andExpect(jsonPath("$.annualObjective").value("甲的修改"));
	}

	@Test
	void theFindingsOfATargetAreReadable() throws Exception {
		Project p = fx.newProject(projects, "API-T-3", year, "12.5");
		send(post("/api/v1/targets"), body(p, "目标", "35"), "filler").andExpect(status().isCreated());
		long id = jdbc.sql("select id from target_performance_target where project_id = :p")
			.param("p", p.id())
			.query(Long.class)
			.single();
		mvc.perform(get("/api/v1/targets/" + id + "/findings").with(httpBasic("filler", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].severity", hasItem("ERROR")));
		send(post("/api/v1/targets/" + id + "/submit"), "{\"version\": 0}", "filler").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.findings", containsString("错误")));
	}

	@Test
	void theApiIsDocumented() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/targets']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/targets/{id}/review']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/catalogue']").exists());
	}

}
