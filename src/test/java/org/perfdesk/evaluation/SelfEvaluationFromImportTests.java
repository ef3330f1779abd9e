package org.perfdesk.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.perfdesk.importing.ImportManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A self-evaluation's form takes the 实际完成值 of an imported table (文件导入), indicator by
 * indicator by name, to be checked and saved like anything typed; another user's import
 * is not found.
 */
@IntegrationTest
@org.springframework.transaction.annotation.Transactional
class SelfEvaluationFromImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SelfEvaluationManagement evaluations;

	@Autowired
	ImportManagement imports;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	@Test
	void theFormTakesTheActualsOfAnImportedTableByIndicatorName() throws Exception {
		var f = new EvaluationFixtures(jdbc, evaluations);
		SelfEvaluation e = f.opened();
		StringBuilder doc = new StringBuilder("项目支出绩效自评表\n\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n");
		for (int i = 0; i < e.indicators().size(); i++) {
			var row = e.indicators().get(i);
			doc.append("| 产出指标 | 数量指标 | ")
				.append(row.name())
				.append(" | ")
				.append(row.targetValue())
				.append(" | 导入值")
				.append(i)
				.append(" | 10 | 10 |\n");
		}
		long imported = imports
			.upload(f.filler(), "filler",
					List.of(new ImportManagement.Upload("自评表.md", doc.toString().getBytes(StandardCharsets.UTF_8))))
			.saved()
			.get(0)
			.id();
		String page = mvc.perform(get("/evaluations/" + e.id() + "/edit").with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"take-imported\"", "自评表.md");
		String taken = mvc
			.perform(get("/evaluations/" + e.id() + "/edit").param("imported", Long.toString(imported))
				.with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(taken).contains("已从导入文书带入 " + e.indicators().size() + " 项指标的实际完成值", "value=\"导入值0\"",
				"value=\"导入值" + (e.indicators().size() - 1) + "\"");
		// nothing was saved by opening the form
		assertThat(evaluations.find(f.filler(), e.id()).indicators().get(0).actual()).isNotEqualTo("导入值0");
		// another filler's import is not found
		mvc.perform(get("/evaluations/" + e.id() + "/edit").param("imported", "999999").with(as("filler")))
			.andExpect(status().isNotFound());
	}

}
