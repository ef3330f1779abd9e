package org.perfdesk.indicator;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class CatalogueApiTests {

	static final String PASSWORD = "perfdesk-demo";

	static final String VALID = """
			{"subcategory":"数量指标","topic":"志愿服务","name":"%s","explanation":"在社区设立并有人值守的青年志愿服务站点个数。",
			 "comparison":"≥","unit":"个","suggestedValue":"≥20个","scoringRule":"实际个数÷指标值×分值，最高得满分。",
			 "dataSource":"站点登记表"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsWhatTheCallerReadsNarrowedByWordsAndLevel() throws Exception {
		mvc.perform(get("/api/v1/catalogue").with(httpBasic("filler", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(greaterThanOrEqualTo(90))));
		mvc.perform(get("/api/v1/catalogue").param("words", "志愿 满意度").with(httpBasic("filler", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", hasItem("服务对象对志愿服务满意度")))
			.andExpect(jsonPath("$[*].subcategory", everyItem(is("SERVICE_SATISFACTION"))))
			.andExpect(jsonPath("$[0].library").value("财政通用指标库"))
			.andExpect(jsonPath("$[0].categoryLabel").value("满意度指标"))
			.andExpect(jsonPath("$[0].comparisonSign").value("≥"))
			.andExpect(jsonPath("$[0].usage").value(0));
		mvc.perform(get("/api/v1/catalogue").param("subcategory", "OUTPUT_COST").with(httpBasic("filler", PASSWORD)))
			.andExpect(jsonPath("$[*].subcategory", everyItem(is("OUTPUT_COST"))));
		mvc.perform(get("/api/v1/catalogue").param("category", "成本指标").with(httpBasic("filler", PASSWORD)))
			.andExpect(jsonPath("$[*].category", everyItem(is("COST"))));
	}

	@Test
	void anUnknownLevelIsA400WithTheField() throws Exception {
		mvc.perform(get("/api/v1/catalogue").param("subcategory", "OUTCOME")
			.param("category", "X")
			.with(httpBasic("filler", PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.subcategory").value("二级指标“OUTCOME”无效"))
			.andExpect(jsonPath("$.errors.category").exists());
	}

	@Test
	void aReviewerAddsToItsDepartmentAndOnlyItsDepartmentSeesIt() throws Exception {
		mvc.perform(post("/api/v1/catalogue").with(httpBasic("reviewer", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(VALID.formatted("社区青年志愿服务站点数")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.library").value("共青团示例市委员会指标库"))
			.andExpect(jsonPath("$.subcategory").value("QUANTITY"))
			.andExpect(jsonPath("$.comparison").value("AT_LEAST"))
			.andExpect(jsonPath("$.version").value(0));
		mvc.perform(get("/api/v1/catalogue").param("words", "站点数").with(httpBasic("palace", PASSWORD)))
			.andExpect(jsonPath("$[*].name", hasItem("社区青年志愿服务站点数")));
		mvc.perform(get("/api/v1/catalogue").param("words", "站点数").with(httpBasic("filler2", PASSWORD)))
			.andExpect(jsonPath("$[*].name", not(hasItem("社区青年志愿服务站点数"))));
		assertThat(jdbc
			.sql("select username from audit_entry where record_type = 'CATALOGUE_ENTRY' and action = 'CREATE' "
					+ "and label = '社区青年志愿服务站点数'")
			.query(String.class)
			.single()).isEqualTo("reviewer");
	}

	@Test
	void theFinanceReviewerAddsToTheCommonLibrary() throws Exception {
		mvc.perform(post("/api/v1/catalogue").with(httpBasic("finance", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(VALID.formatted("社区青年志愿服务站点数")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.library").value("财政通用指标库"))
			.andExpect(jsonPath("$.ownerUnitId").doesNotExist());
		mvc.perform(get("/api/v1/catalogue").param("words", "站点数").with(httpBasic("filler2", PASSWORD)))
			.andExpect(jsonPath("$[*].name", hasItem("社区青年志愿服务站点数")));
	}

	@Test
	void aFillerGets403AndNothingIsSaved() throws Exception {
		long before = count();
		mvc.perform(post("/api/v1/catalogue").with(httpBasic("filler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(VALID.formatted("社区青年志愿服务站点数")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.message").value(containsString("只有财政审核人和部门审核人可以维护指标库")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void badInputGets400WithEveryChineseFieldMessageAndSavesNothing() throws Exception {
		long before = count();
		String bad = """
				{"subcategory":"OUTCOME","name":"","explanation":"x","comparison":"about","unit":"%s"}"""
			.formatted("单".repeat(21));
		mvc.perform(post("/api/v1/catalogue").with(httpBasic("reviewer", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(bad))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("输入有误，未保存任何内容"))
			.andExpect(jsonPath("$.errors.subcategory").value(containsString("二级指标“OUTCOME”无效")))
			.andExpect(jsonPath("$.errors.name").value("三级指标名称不能为空"))
			.andExpect(jsonPath("$.errors.comparison").value(containsString("指标性质“about”无效")))
			.andExpect(jsonPath("$.errors.unit").value("计量单位不能超过 20 个字（现有 21 个字）"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void invisibleControlCharactersAreRefusedFieldByFieldAndNothingIsSaved() throws Exception {
		long before = count();
		String bad = """
				{"subcategory":"QUANTITY","topic":"志愿\\u0000服务","name":"志愿服务\\t时长","explanation":"第一行\\n第二行\\u0007",
				 "comparison":"AT_LEAST","unit":"小时","suggestedValue":"≥\\u001f100小时","scoringRule":"按时长\\ud800计分",
				 "dataSource":"台账\\n名册"}""";
		mvc.perform(post("/api/v1/catalogue").with(httpBasic("reviewer", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(bad))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.topic").value("主题含有不可见的控制字符，请删除后再保存"))
			.andExpect(jsonPath("$.errors.name").value("三级指标名称含有不可见的控制字符，请删除后再保存"))
			.andExpect(jsonPath("$.errors.explanation").value("指标解释含有不可见的控制字符，请删除后再保存"))
			.andExpect(jsonPath("$.errors.suggestedValue").value("建议指标值含有不可见的控制字符，请删除后再保存"))
			.andExpect(jsonPath("$.errors.scoringRule").value("评(扣)分标准含有不可见的控制字符，请删除后再保存"))
			.andExpect(jsonPath("$.errors.dataSource").value("数据来源含有不可见的控制字符，请删除后再保存"))
			.andExpect(jsonPath("$.errors.unit").doesNotExist());
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theOpenApiDocumentDescribesTheCatalogue() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/catalogue'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/catalogue'].post").exists());
	}

	private long count() {
		return jdbc.sql("select count(*) from indicator_catalogue_entry").query(Long.class).single();
	}

}
