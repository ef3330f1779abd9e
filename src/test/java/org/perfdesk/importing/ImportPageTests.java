package org.perfdesk.importing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 文件导入 over HTTP: a self-evaluation uploaded is previewed with what was read, its
 * findings and its source text marked; corrected and archived it is on the spot-check
 * list, filtered by year, code and unit, which the finance bureau reads and another
 * department does not; a file that cannot be read is refused with its reason and nothing
 * is saved.
 */
@IntegrationTest
class ImportPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	static byte[] fixture(String name) throws Exception {
		try (var files = Files.list(ExtractionFixturesTests.fixtures())) {
			Path p = files.filter(f -> f.getFileName().toString().matches("\\d+-" + name)).findFirst().orElseThrow();
			return Files.readAllBytes(p);
		}
	}

	int rows() {
		return jdbc.sql("select count(*) from import_document").query(Integer.class).single();
	}

	@Test
	void aSelfEvaluationIsPreviewedCorrectedArchivedAndFoundInTheSpotCheckList() throws Exception {
		String location = mvc
			.perform(multipart("/imports")
				.file(new MockMultipartFile("file", "青年就业见习培训-自评表.md", "text/markdown", fixture("rate-mismatch.md")))
				.with(csrf())
				.with(as("filler")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Matcher m = Pattern.compile("/imports/(\\d+)$").matcher(location);
		assertThat(m.find()).as(location).isTrue();
		long id = Long.parseLong(m.group(1));

		String preview = mvc.perform(get("/imports/" + id).with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(preview).contains("青年就业见习培训-自评表.md", "待确认", "RATE_MISMATCH", "执行率：表中为 98.00%", "参训青年人数", "≥600人",
				"id=\"archive-form\"");
		// the values are marked in the source text where they were found
		assertThat(preview).contains("<mark title=\"项目名称\">青年就业见习培训专项</mark>", "<mark title=\"全年预算数\">118.5</mark>");
		// another filler does not see this preview
		mvc.perform(get("/imports/" + id).with(as("filler2"))).andExpect(status().isNotFound());
		// nor can start a target from its rows; its uploader can, and the form holds them
		mvc.perform(get("/targets/new").param("imported", Long.toString(id)).with(as("filler2")))
			.andExpect(status().isNotFound());
		String form = mvc.perform(get("/targets/new").param("imported", Long.toString(id)).with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("已带入导入文书中的 8 个指标", "value=\"参训青年人数\"", "600人");

		int version = jdbc.sql("select version from import_document where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
		// a refused correction shows the page again with everything as typed, and saves
		// nothing
		String refused = mvc
			.perform(post("/imports/" + id + "/archive").param("version", Integer.toString(version))
				.param("kind", "PROJECT_SELFEVAL")
				.param("unitName", "某市青年就业创业服务中心（待核）")
				.param("projectName", "青年就业见习培训专项（二期）")
				.param("fiscalYear", "二〇二三")
				.with(csrf())
				.with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("年度须是四位数字", "value=\"某市青年就业创业服务中心（待核）\"", "value=\"青年就业见习培训专项（二期）\"",
				"value=\"二〇二三\"");
		assertThat(jdbc.sql("select status from import_document where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("PREVIEW");
		mvc.perform(post("/imports/" + id + "/archive").param("version", Integer.toString(version))
			.param("kind", "PROJECT_SELFEVAL")
			.param("unitName", "某市青年就业创业服务中心（更正）")
			.param("projectName", "青年就业见习培训专项")
			.param("fiscalYear", "2023")
			.with(csrf())
			.with(as("filler")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "已归档，可在“抽查”中查看"));
		assertThat(jdbc.sql("select status, unit_name from import_document where id = :id")
			.param("id", id)
			.query((rs, n) -> rs.getString(1) + "/" + rs.getString(2))
			.single()).isEqualTo("ARCHIVED/某市青年就业创业服务中心（更正）");

		// the finance bureau's spot checks: by code and year, and not by another code
		String archive = mvc
			.perform(get("/imports/archive").param("code", "RATE_MISMATCH").param("year", "2023").with(as("finance")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(archive).contains("青年就业见习培训-自评表.md", "某市青年就业创业服务中心（更正）", "RATE_MISMATCH");
		String other = mvc.perform(get("/imports/archive").param("code", "MISSED_BUT_FULL").with(as("finance")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(other).doesNotContain("青年就业见习培训-自评表.md");
		// another department's filler does not see the league's archive
		String womens = mvc.perform(get("/imports/archive").with(as("filler2")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(womens).doesNotContain("青年就业见习培训-自评表.md");
		// once archived it is not archived twice
		mvc.perform(post("/imports/" + id + "/archive").param("version", Integer.toString(version))
			.param("kind", "PROJECT_SELFEVAL")
			.with(csrf())
			.with(as("filler")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("该文书已归档")));
		// the audit trail has the upload and the archiving
		assertThat(
				jdbc.sql("select count(*) from audit_entry where record_type = 'IMPORTED_DOCUMENT' and record_id = :id")
					.param("id", id)
					.query(Integer.class)
					.single())
			.isEqualTo(2);
	}

	@Test
	void pastedTextIsReadLikeAFile() throws Exception {
		String text = new String(fixture("project-selfeval-web-tabs.txt"), StandardCharsets.UTF_8);
		String location = mvc.perform(post("/imports").param("text", text).with(csrf()).with(as("filler")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String preview = mvc.perform(get(location).with(as("filler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(preview).contains("粘贴的文字.txt", "文书自身的数字相互一致，未发现问题", "青年就业见习培训专项");
	}

	@Test
	void aFileThatCannotBeReadIsRefusedWithItsReasonAndNothingIsSaved() throws Exception {
		int before = rows();
		mvc.perform(multipart("/imports")
			.file(new MockMultipartFile("file", "自评表.docx", "application/octet-stream",
					new byte[] { 'P', 'K', 3, 4, 9 }))
			.file(new MockMultipartFile("file", "旧表.doc", "application/msword",
					new byte[] { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 0, 0, 0, 0, 0, 0 }))
			.with(csrf())
			.with(as("filler")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error",
					org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("“自评表.docx”：文件已损坏或格式不对"),
							org.hamcrest.Matchers.containsString("另存为 .docx"))));
		assertThat(rows()).isEqualTo(before);
		// and an empty form says what to do
		mvc.perform(multipart("/imports").with(csrf()).with(as("filler")))
			.andExpect(flash().attribute("error", "请选择要导入的文件，或粘贴文书的文字"));
		// without the CSRF token nothing is read
		mvc.perform(multipart("/imports")
			.file(new MockMultipartFile("file", "a.md", "text/markdown", fixture("rate-mismatch.md")))
			.with(as("filler"))).andExpect(status().isForbidden());
		assertThat(rows()).isEqualTo(before);
	}

}
