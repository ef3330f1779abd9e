package org.perfdesk.publication;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.perfdesk.DemoYear;
import org.perfdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 批量导出与公开 pages over HTTP: the form, refused input with its Chinese message, the
 * progress card htmx polls while the job runs (and stops polling when it is done), the
 * .zip download with its Chinese file name, and another user's export not found.
 */
@IntegrationTest
class PublicationPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublicationRepository repository;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	String league() {
		return jdbc.sql("select id from org_unit where name = '共青团示例市委员会'").query(String.class).single();
	}

	@Test
	void theFillerAsksForTheFinalAccountsPackWatchesItsProgressAndDownloadsTheZip() throws Exception {
		String page = mvc.perform(get("/publications").with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("批量导出与公开", "预算公开包", "决算公开包", "id=\"publication-form\"", "共青团示例市委员会");

		String year = Integer.toString(DemoYear.current() - 1);
		String location = mvc
			.perform(post("/publications").param("department", league())
				.param("year", year)
				.param("pack", "FINAL")
				.param("format", "DOCX")
				.with(csrf())
				.with(as("filler")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", org.hamcrest.Matchers.containsString("已开始生成")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Matcher m = Pattern.compile("/publications/(\\d+)$").matcher(location);
		assertThat(m.find()).as(location).isTrue();
		long id = Long.parseLong(m.group(1));

		String show = mvc.perform(get(location).with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(show).contains(year + "年度决算公开包-共青团示例市委员会", "role=\"progressbar\"");

		long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		String progress;
		do {
			Thread.sleep(200);
			progress = mvc.perform(get(location + "/progress").with(as("filler")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (!progress.contains("已完成") && !progress.contains("失败")) {
				assertThat(progress).as("polls while it runs").contains("hx-trigger=\"every 2s\"");
			}
		}
		while (!progress.contains("已完成") && !progress.contains("失败") && System.nanoTime() < until);
		assertThat(progress).contains("已完成", "100%", "id=\"download\"").doesNotContain("hx-trigger");

		MvcResult started = mvc.perform(get(location + "/download").with(as("filler")))
			.andExpect(request().asyncStarted())
			.andReturn();
		byte[] zip = mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/zip"))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("filename*=UTF-8''" + year)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		var files = PublicationTests.unzip(zip, new java.util.ArrayList<>());
		assertThat(files).hasSize(repository.find(id).orElseThrow().total() + 1);

		mvc.perform(get(location).with(as("filler2"))).andExpect(status().isNotFound());
		mvc.perform(get(location + "/download").with(as("filler2"))).andExpect(status().isNotFound());
		String list = mvc.perform(get("/publications").with(as("filler")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("publication-" + id, "下载 .zip");
	}

	@Test
	void refusedRequestsSayWhyInChineseAndSaveNothing() throws Exception {
		long before = jdbc.sql("select count(*) from publication").query(Long.class).single();
		mvc.perform(post("/publications").param("department", league())
			.param("year", "2025")
			.param("pack", "FINAL")
			.with(csrf())
			.with(as("filler")))
			.andExpect(redirectedUrl("/publications"))
			.andExpect(flash().attribute("error", "请至少选择一种格式（Word、Excel 或 PDF）"));
		mvc.perform(post("/publications").param("department", "99999999999999999999999")
			.param("year", "2025")
			.param("pack", "FINAL")
			.param("format", "PDF")
			.with(csrf())
			.with(as("filler"))).andExpect(flash().attribute("error", "主管部门选择不正确"));
		mvc.perform(post("/publications").param("department", league())
			.param("year", "2025")
			.param("pack", "SECRET")
			.param("format", "PDF")
			.with(csrf())
			.with(as("filler"))).andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("请选择导出内容")));
		mvc.perform(post("/publications").param("department", league())
			.param("year", "2025")
			.param("pack", "ALL")
			.param("format", "PDF")
			.with(csrf())
			.with(as("filler2"))).andExpect(flash().attribute("error", "您的数据权限中没有这个主管部门"));
		mvc.perform(post("/publications").param("year", "2025")
			.param("pack", "ALL")
			.param("format", "PDF")
			.with(as("filler"))).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from publication").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void theAdministratorHasNothingToExport() throws Exception {
		String page = mvc.perform(get("/publications").with(as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"no-departments\"").doesNotContain("id=\"publication-form\"");
	}

}
