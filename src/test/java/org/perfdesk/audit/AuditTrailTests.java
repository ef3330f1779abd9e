package org.perfdesk.audit;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.UnitKind;
import org.perfdesk.org.UnitManagement;
import org.perfdesk.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AuditTrailTests {

	@Autowired
	UnitManagement units;

	@Autowired
	OrgDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void aChangeThatRollsBackLeavesNoLogLine() {
		long before = entries();
		long bureau = directory.tree().get(0).id();
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			units.create(UnitKind.DEPARTMENT, bureau, "290", "示例市科学技术协会");
			units.create(UnitKind.DEPARTMENT, bureau, "290", "编码重复，整笔回滚");
		})).isInstanceOf(RuleViolation.class);
		assertThat(entries()).isEqualTo(before);
		assertThat(directory.tree()).noneMatch(u -> u.code().equals("290"));
	}

	@Test
	void theLogPageFiltersAndOffersNoWayToChangeAnEntry() throws Exception {
		var admin = user(users.loadUserByUsername("admin"));
		mvc.perform(get("/audit").param("recordType", "ACCOUNT").param("action", "CREATE").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("filler2")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("青年志愿者行动"))));
		mvc.perform(get("/audit").param("fragment", "table").param("username", "nobody").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有符合条件的记录")));
		long before = entries();
		mvc.perform(post("/audit").with(csrf()).with(admin)).andExpect(status().isMethodNotAllowed());
		mvc.perform(delete("/audit").with(csrf()).with(admin)).andExpect(status().isMethodNotAllowed());
		assertThat(entries()).isEqualTo(before);
	}

	@Test
	void theLogIsReadAPageOfAHundredLinesAtATime() throws Exception {
		var finance = user(users.loadUserByUsername("finance"));
		long all = entries();
		assertThat(all).as("the demo writes more than one page of log").isGreaterThan(AuditController.PAGE_SIZE);
		String first = mvc.perform(get("/audit").with(finance))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = mvc.perform(get("/audit").param("page", "1").with(finance))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int rows = first.split("<td class=\"text-nowrap small\"", -1).length - 1;
		assertThat(rows).isEqualTo(AuditController.PAGE_SIZE);
		assertThat(first).contains("第 1 页").contains("page=1");
		assertThat(second).contains("第 2 页").contains("page=0");
		int secondRows = second.split("<td class=\"text-nowrap small\"", -1).length - 1;
		assertThat(secondRows).isEqualTo((int) Math.min(AuditController.PAGE_SIZE, all - AuditController.PAGE_SIZE));
	}

	@Test
	void aFillerSeesOnlyItsOwnUnitsLines() throws Exception {
		String page = mvc
			.perform(get("/audit").param("recordType", "PROJECT").with(user(users.loadUserByUsername("filler2"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("妇女儿童权益保障").doesNotContain("青年志愿者行动");
	}

	@Test
	void theAdministratorSeesPeopleAndOrganisationLinesButNoBusinessRecords() throws Exception {
		String page = mvc.perform(get("/audit").with(user(users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("共青团示例市委员会").contains("filler2").doesNotContain("青年志愿者行动");
		String finance = mvc
			.perform(get("/audit").param("recordType", "PROJECT").with(user(users.loadUserByUsername("finance"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(finance).contains("青年志愿者行动").contains("妇女儿童权益保障");
	}

	private long entries() {
		return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
	}

}
