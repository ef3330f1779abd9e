package org.perfdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.perfdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands of {@code bin/perfdesk}, run against the application context as the script
 * runs them.
 */
@IntegrationTest
@org.springframework.transaction.annotation.Transactional // the accounts created here are
															// rolled back
class CommandLineTests {

	@Autowired
	PerfDeskCommand command;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	final StringWriter out = new StringWriter();

	final StringWriter err = new StringWriter();

	@Test
	void helpListsTheCommandsInChinese() {
		assertThat(run("help")).isZero();
		assertThat(out.toString()).contains("create-admin").contains("新建系统管理员账号");
	}

	@Test
	void createAdminMakesAnAdministratorInTheFinanceBureauWithAHashedPassword() {
		assertThat(run("create-admin", "--username", "ops2", "--name", "运维值班", "--password=strong-pass-1")).isZero();
		assertThat(out.toString()).contains("已新建系统管理员 ops2");
		var row = jdbc
			.sql("select a.role, a.password_hash, u.kind from org_account a join org_unit u on u.id = a.unit_id "
					+ "where a.username = 'ops2'")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.single();
		assertThat(row[0]).isEqualTo("ADMINISTRATOR");
		assertThat(encoder.matches("strong-pass-1", row[1])).isTrue();
		assertThat(row[2]).isEqualTo("FINANCE_BUREAU");
	}

	@Test
	void aShortPasswordOrATakenNameIsRefusedWithExitCode1() {
		assertThat(run("create-admin", "--username", "ops3", "--password=short")).isEqualTo(1);
		assertThat(err.toString()).contains("密码至少 8 位");
		assertThat(run("create-admin", "--username", "admin", "--password=long-enough-1")).isEqualTo(1);
		assertThat(err.toString()).contains("已存在");
		assertThat(jdbc.sql("select count(*) from org_account where username = 'ops3'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aTrivialOrCommonPasswordIsRefusedWithExitCode1() {
		for (String weak : new String[] { "--password=12345678", "--password=qwertyui", "--password=ops4-secret",
				"--password=perfdesk-demo" }) {
			assertThat(run("create-admin", "--username", "ops4", weak)).isEqualTo(1);
		}
		assertThat(err.toString()).contains("连续的数字或字母").contains("最常用的密码之一").contains("不能包含用户名");
		assertThat(jdbc.sql("select count(*) from org_account where username = 'ops4'").query(Long.class).single())
			.isZero();
	}

	@Test
	void exportWritesEveryDocumentOfTheDepartmentAndYearWithChineseNames(
			@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
		int year = org.perfdesk.DemoYear.current() - 1;
		assertThat(run("export", "--year", Integer.toString(year), "--department", "共青团示例市委员会", "--out", dir.toString(),
				"--format", "docx,pdf,xlsx"))
			.isZero();
		List<String> files;
		try (var list = java.nio.file.Files.list(dir)) {
			files = list.map(p -> p.getFileName().toString()).sorted().toList();
		}
		assertThat(files).contains(year + "年度部门整体支出绩效自评报告-共青团示例市委员会.pdf", year + "年度部门整体支出绩效自评报告-共青团示例市委员会.docx");
		assertThat(files).anySatisfy(f -> assertThat(f).contains("部门整体支出绩效自评表").endsWith(".xlsx"));
		assertThat(files).anySatisfy(f -> assertThat(f).contains("项目支出绩效自评表").endsWith(".docx"));
		assertThat(files).anySatisfy(f -> assertThat(f).contains("项目支出绩效自评表").endsWith(".pdf"));
		assertThat(files).anySatisfy(f -> assertThat(f).contains("部门整体绩效完成情况表").endsWith(".pdf"));
		try (var pdf = org.apache.pdfbox.Loader.loadPDF(dir.resolve(year + "年度部门整体支出绩效自评报告-共青团示例市委员会.pdf").toFile())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("一、部门基本情况");
		}
		assertThat(out.toString()).contains("共导出 " + files.size() + " 个文件");
	}

	@Test
	void exportWritesOneZipAndSaysHowFastItWas(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
			throws Exception {
		int year = org.perfdesk.DemoYear.current() - 1;
		assertThat(run("export", "--year", Integer.toString(year), "--department", "共青团示例市委员会", "--out", dir.toString(),
				"--format", "pdf,xlsx", "--only", "report", "--zip", "团市委.zip", "--stats"))
			.isZero();
		List<String> entries = new java.util.ArrayList<>();
		try (var zip = new java.util.zip.ZipFile(dir.resolve("团市委.zip").toFile())) {
			zip.stream().forEach(e -> entries.add(e.getName()));
		}
		// the department's report and the league's project and special-fund reports of
		// the
		// year; no tables
		assertThat(entries).containsExactlyInAnyOrder(year + "年度部门整体支出绩效自评报告-共青团示例市委员会.pdf",
				year + "年度专项资金绩效自评报告-共青团示例市委员会-青少年发展专项资金.pdf",
				entries.stream().filter(e -> e.startsWith(year + "年度项目支出绩效自评报告-")).findFirst().orElse("没有项目报告"));
		assertThat(out.toString()).containsPattern("用时 [0-9.]+ 秒，[0-9.]+ 份/秒，共 \\d+ KB，峰值堆内存 \\d+ MB");
	}

	@Test
	void exportRefusesAnUnknownDepartmentOrFormatWithExitCode1(
			@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
		assertThat(run("export", "--year", "2025", "--department", "不存在的部门", "--out", dir.toString())).isEqualTo(1);
		assertThat(err.toString()).contains("没有名为“不存在的部门”的主管部门");
		assertThat(run("export", "--year", "2025", "--department", "共青团示例市委员会", "--out", dir.toString(), "--format",
				"docx,odt"))
			.isEqualTo(1);
		assertThat(err.toString()).contains("不认识的格式“odt”");
	}

	private int run(String... args) {
		CommandLine line = CommandLineMode.commandLine(command, context);
		line.setOut(new PrintWriter(out, true));
		line.setErr(new PrintWriter(err, true));
		return line.execute(args);
	}

}
