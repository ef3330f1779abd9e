package org.perfdesk.org;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrator's 组织管理 and 用户管理 pages, end to end through MockMvc. */
@IntegrationTest
class OrganisationPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void createsRenamesMovesAndDeactivatesAUnitThroughThePages() throws Exception {
		long league = id("201");
		long women = id("202");
		mvc.perform(post("/units").with(admin())
			.with(csrf())
			.param("kind", "BUDGET_UNIT")
			.param("parentId", Long.toString(league))
			.param("code", "201077")
			.param("name", "示例市青年创业孵化基地"))
			.andExpect(redirectedUrl("/units"))
			.andExpect(flash().attribute("message", containsString("已新增单位")));
		long unit = id("201077");

		mvc.perform(post("/units/" + unit + "/rename").with(admin())
			.with(csrf())
			.param("version", "0")
			.param("name", "示例市青年创新创业基地")).andExpect(redirectedUrl("/units/" + unit));
		mvc.perform(post("/units/" + unit + "/move").with(admin()).with(csrf()).param("parentId", Long.toString(women)))
			.andExpect(redirectedUrl("/units/" + unit));
		mvc.perform(post("/units/" + unit + "/deactivate").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/units/" + unit));

		var row = jdbc.sql("select name, parent_id, active from org_unit where id = :id")
			.param("id", unit)
			.query((rs, n) -> rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getBoolean(3))
			.single();
		assertThat(row).isEqualTo("示例市青年创新创业基地|" + women + "|false");
		assertThat(jdbc.sql("select action from audit_entry where record_type = 'UNIT' and record_id = :id order by id")
			.param("id", unit)
			.query(String.class)
			.list()).containsExactly("CREATE", "UPDATE", "MOVE", "DEACTIVATE");

		mvc.perform(get("/units/" + unit).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("重新启用")));
	}

	@Test
	void aRuleViolationIsShownOnThePageAndNothingIsCreated() throws Exception {
		mvc.perform(post("/units").with(admin())
			.with(csrf())
			.param("kind", "BUDGET_UNIT")
			.param("code", "299088")
			.param("name", "没有上级的单位"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("预算单位必须有上级单位")));
		assertThat(jdbc.sql("select count(*) from org_unit where code = '299088'").query(Long.class).single()).isZero();
	}

	@Test
	void namesWithInvisibleControlCharactersAreRefusedAndNothingIsSaved() throws Exception {
		long league = id("201");
		mvc.perform(post("/units").with(admin())
			.with(csrf())
			.param("kind", "BUDGET_UNIT")
			.param("parentId", Long.toString(league))
			.param("code", "201078")
			.param("name", "示例市\u0000青年驿站"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("单位名称含有不可见的控制字符，请删除后再保存")));
		mvc.perform(post("/units").with(admin())
			.with(csrf())
			.param("kind", "BUDGET_UNIT")
			.param("parentId", Long.toString(league))
			.param("code", "2010\u001b79")
			.param("name", "示例市青年驿站"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("单位编码含有不可见的控制字符")));
		assertThat(jdbc.sql("select count(*) from org_unit where name like '%青年驿站%'").query(Long.class).single())
			.isZero();
		long palace = id("201001");
		mvc.perform(post("/units/" + palace + "/rename").with(admin())
			.with(csrf())
			.param("version", "0")
			.param("name", "示例市青少年宫\n（新馆）")).andExpect(content().string(containsString("单位名称含有不可见的控制字符")));
		assertThat(
				jdbc.sql("select name from org_unit where id = :id").param("id", palace).query(String.class).single())
			.isEqualTo("示例市青少年宫");

		mvc.perform(post("/accounts").with(admin())
			.with(csrf())
			.param("username", "bell7")
			.param("displayName", "王\u0007填报")
			.param("password", "Tz7-kestrel-harbour")
			.param("role", "UNIT_FILLER")
			.param("unitId", Long.toString(league)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("姓名含有不可见的控制字符")));
		assertThat(jdbc.sql("select count(*) from org_account where username = 'bell7'").query(Long.class).single())
			.isZero();
	}

	@Test
	void createsAnAccountAndRefusesAReviewerInABudgetUnit() throws Exception {
		long palace = id("201001");
		long league = id("201");
		mvc.perform(post("/accounts").with(admin())
			.with(csrf())
			.param("username", "palace2")
			.param("displayName", "青少年宫 新填报")
			.param("password", "a-good-password")
			.param("role", "UNIT_FILLER")
			.param("unitId", Long.toString(palace))).andExpect(redirectedUrl("/accounts"));
		assertThat(jdbc.sql("select role from org_account where username = 'palace2'").query(String.class).single())
			.isEqualTo("UNIT_FILLER");

		mvc.perform(post("/accounts").with(admin())
			.with(csrf())
			.param("username", "rev2")
			.param("displayName", "错位审核")
			.param("password", "a-good-password")
			.param("role", "DEPARTMENT_REVIEWER")
			.param("unitId", Long.toString(palace)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("部门审核人不能设在预算单位")));
		mvc.perform(post("/accounts").with(admin())
			.with(csrf())
			.param("username", "short")
			.param("displayName", "短密码")
			.param("password", "1234567")
			.param("role", "UNIT_FILLER")
			.param("unitId", Long.toString(league)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("密码至少 8 位")));
		assertThat(jdbc.sql("select count(*) from org_account where username in ('rev2', 'short')")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void resettingAPasswordUnlocksTheAccount() throws Exception {
		jdbc.sql("update org_account set locked_until = :t where username = 'centre'")
			.param("t", java.time.LocalDateTime.now().plusDays(1))
			.update();
		long centre = jdbc.sql("select id from org_account where username = 'centre'").query(Long.class).single();
		String demoHash = jdbc.sql("select password_hash from org_account where id = :id")
			.param("id", centre)
			.query(String.class)
			.single();
		try {
			mvc.perform(post("/accounts/" + centre + "/password").with(admin())
				.with(csrf())
				.param("password", "Tz7-kestrel-harbour")).andExpect(redirectedUrl("/accounts/" + centre));
			assertThat(jdbc.sql("select locked_until from org_account where id = :id")
				.param("id", centre)
				.query(java.sql.Timestamp.class)
				.optional()).isEmpty();
		}
		finally {
			// the demo password is refused by the password rule: put its hash back for
			// the later test classes
			jdbc.sql("update org_account set password_hash = :h where id = :id")
				.param("h", demoHash)
				.param("id", centre)
				.update();
		}
	}

	@Test
	void weakPasswordsAreRefusedWhenCreatingOrResettingAnAccountAndNothingIsSaved() throws Exception {
		long league = id("201");
		String[][] cases = { { "11111111", "同一个字符重复" }, { "12345678", "连续的数字或字母" }, { "xyzxyzxy", "几个字符的简单重复" },
				{ "weak7-admin", "包含用户名" }, { "iloveyou", "最常用的密码" }, { "perfdesk-demo", "最常用的密码" },
				{ "王弱密-2025-x", "包含姓名" } };
		for (String[] c : cases) {
			mvc.perform(post("/accounts").with(admin())
				.with(csrf())
				.param("username", "weak7")
				.param("displayName", "王弱密")
				.param("password", c[0])
				.param("role", "UNIT_FILLER")
				.param("unitId", Long.toString(league)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(c[1])));
		}
		assertThat(jdbc.sql("select count(*) from org_account where username = 'weak7'").query(Long.class).single())
			.isZero();

		long centre = jdbc.sql("select id from org_account where username = 'centre'").query(Long.class).single();
		String before = jdbc.sql("select password_hash from org_account where id = :id")
			.param("id", centre)
			.query(String.class)
			.single();
		for (String weak : new String[] { "12345678", "centre-2025", "perfdesk-demo", "服务中心123456" }) {
			mvc.perform(post("/accounts/" + centre + "/password").with(admin()).with(csrf()).param("password", weak))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("请换一个")));
		}
		assertThat(jdbc.sql("select password_hash from org_account where id = :id")
			.param("id", centre)
			.query(String.class)
			.single()).isEqualTo(before);
	}

	@Test
	@org.springframework.transaction.annotation.Transactional
	void theLastAdministratorCannotBeDisabledOrDemoted() throws Exception {
		// other tests of this context may have added administrators; here 'admin' is the
		// only one (rolled back after)
		jdbc.sql("update org_account set enabled = false where role = 'ADMINISTRATOR' and username <> 'admin'")
			.update();
		var admin = jdbc.sql("select id, unit_id from org_account where username = 'admin'")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		mvc.perform(post("/accounts/" + admin[0]).with(admin())
			.with(csrf())
			.param("version", "0")
			.param("displayName", "系统管理员")
			.param("role", "FINANCE_REVIEWER")
			.param("unitId", Long.toString(admin[1]))
			.param("enabled", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("最后一个启用的系统管理员")));
		mvc.perform(post("/accounts/" + admin[0]).with(admin())
			.with(csrf())
			.param("version", "0")
			.param("displayName", "系统管理员")
			.param("role", "ADMINISTRATOR")
			.param("unitId", Long.toString(admin[1])))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("最后一个启用的系统管理员")));
		assertThat(jdbc.sql("select role from org_account where username = 'admin' and enabled")
			.query(String.class)
			.single()).isEqualTo("ADMINISTRATOR");
	}

	private RequestPostProcessor admin() {
		return user(users.loadUserByUsername("admin"));
	}

	private long id(String code) {
		return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

}
