package org.perfdesk.execution.department;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/execution/departments} in yuan, on the demo city. Years 2051–2059 are
 * this class's.
 */
@IntegrationTest
class DepartmentFiguresApiTests {

	static final String PASSWORD = "perfdesk-demo";

	static final String BODY = """
			{"personnelBudget":8650000,"personnelSpent":8512345.67,"operatingBudget":1230000,"operatingSpent":1187654.33,
			 "overseasTravelBudget":0,"overseasTravelSpent":0,"vehiclePurchaseBudget":0,"vehiclePurchaseSpent":0,
			 "vehicleOperationBudget":60000,"vehicleOperationSpent":48000,"receptionBudget":30000,"receptionSpent":21500,
			 "procurementBudget":0,"procurementActual":0,"authorisedStaff":%s,"actualStaff":%s,"version":%s}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFillerPutsFiguresInYuanAndGetsTotalsAndRates() throws Exception {
		long league = unit("201");
		mvc.perform(get("/api/v1/execution/departments/" + league).param("year", "2051")
			.with(httpBasic("filler", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.saved").value(false))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.basicRate").doesNotExist());
		mvc.perform(put("/api/v1/execution/departments/" + league).param("year", "2051")
			.with(httpBasic("filler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(BODY.formatted("32", "33", "0")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.departmentName").value("共青团示例市委员会"))
			.andExpect(jsonPath("$.basicBudget").value(9880000.00))
			.andExpect(jsonPath("$.basicRate").value(0.9818))
			.andExpect(jsonPath("$.officialCostsSpent").value(69500.00))
			.andExpect(jsonPath("$.officialCostsRate").value(0.7722))
			.andExpect(jsonPath("$.procurementRate").doesNotExist())
			.andExpect(jsonPath("$.warnings[0]").value("实有人数（33 人）超过编制数（32 人），请核实是否填写正确"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(get("/api/v1/execution/departments/" + league).param("year", "2051")
			.with(httpBasic("finance", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.saved").value(true))
			.andExpect(jsonPath("$.projectSpendingPartial").value(false));
	}

	@Test
	void wrongInputIsA400WithChineseMessagesPerField() throws Exception {
		long league = unit("201");
		mvc.perform(put("/api/v1/execution/departments/" + league).param("year", "2052")
			.with(httpBasic("filler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(BODY.formatted("31.5", "-1", "0")
				.replace("\"receptionSpent\":21500", "\"receptionSpent\":21500.001")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.authorisedStaff").value("编制数须为整数（人）"))
			.andExpect(jsonPath("$.errors.actualStaff").value("实有人数不能为负数"))
			.andExpect(jsonPath("$.errors.receptionSpent").value("公务接待费支出数最多精确到分（以元计最多两位小数）"));
		mvc.perform(put("/api/v1/execution/departments/" + unit("201002")).param("year", "2052")
			.with(httpBasic("reviewer", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(BODY.formatted("1", "1", "0")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.departmentId").exists());
	}

	@Test
	void scopeAndLockingAnswer404403And409() throws Exception {
		long league = unit("201");
		String body = BODY.formatted("32", "30", "0");
		mvc.perform(get("/api/v1/execution/departments/" + league).param("year", "2053")
			.with(httpBasic("filler2", PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/execution/departments/" + league).param("year", "2053")
			.with(httpBasic("reviewer", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/execution/departments/" + league).param("year", "2053")
			.with(httpBasic("filler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isOk());
		mvc.perform(put("/api/v1/execution/departments/" + league).param("year", "2053")
			.with(httpBasic("filler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isConflict());
	}

	private long unit(String code) {
		return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

}
