package org.perfdesk.database;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedDatabaseTests {

	@TempDir
	Path dir;

	String url() {
		return "jdbc:h2:file:" + dir.resolve("data/perfdesk") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
	}

	@Test
	void aNewDatabaseGetsAGeneratedPasswordInAnOwnerOnlyFileInAnOwnerOnlyFolder() throws Exception {
		String password = EmbeddedDatabase.prepare(url(), "sa", "");

		Path file = dir.resolve("data/perfdesk.password");
		assertThat(password).hasSizeGreaterThanOrEqualTo(30);
		assertThat(Files.readString(file).strip()).isEqualTo(password);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data"))))
			.isEqualTo("rwx------");
		assertThat(EmbeddedDatabase.prepare(url(), "sa", "")).as("the same password on the next start")
			.isEqualTo(password);
		try (var c = DriverManager.getConnection(url(), "sa", password)) {
			assertThat(c.isValid(1)).isTrue();
		}
		assertThatThrownBy(() -> DriverManager.getConnection(url(), "sa", "").close())
			.isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(28000));
	}

	@Test
	void aDatabaseFromBeforePasswordsGetsOneOnItsNextStart() throws Exception {
		Files.createDirectories(dir.resolve("data"));
		try (var c = DriverManager.getConnection(url(), "sa", ""); var s = c.createStatement()) {
			s.execute("create table kept (id int primary key)");
			s.execute("insert into kept values (7)");
		}

		String password = EmbeddedDatabase.prepare(url(), "sa", "");

		assertThatThrownBy(() -> DriverManager.getConnection(url(), "sa", "").close())
			.isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(28000));
		try (var c = DriverManager.getConnection(url(), "sa", password);
				var s = c.createStatement();
				var rows = s.executeQuery("select id from kept")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getInt(1)).isEqualTo(7);
		}
		assertThat(dir.resolve("data/perfdesk.password.new")).doesNotExist();
	}

	@Test
	void aConfiguredPasswordIsUsedAsItIsAndNoFileIsWritten() {
		assertThat(EmbeddedDatabase.prepare(url(), "sa", "chosen-by-the-operator")).isEqualTo("chosen-by-the-operator");
		assertThat(dir.resolve("data/perfdesk.password")).doesNotExist();
	}

	@Test
	void anEmptyDatabaseFileIsRefusedNotReplacedByANewDemoDatabase() throws Exception {
		Files.createDirectories(dir.resolve("data"));
		Files.createFile(dir.resolve("data/perfdesk.mv.db"));

		assertThatThrownBy(() -> EmbeddedDatabase.prepare(url(), "sa", "")).isInstanceOf(DatabaseRefused.class)
			.hasMessageContaining("0 字节")
			.hasMessageContaining("备份")
			.hasMessageNotContaining("\n");
		assertThat(Files.size(dir.resolve("data/perfdesk.mv.db"))).isZero();
		assertThat(dir.resolve("data/perfdesk.password")).doesNotExist();
	}

	@Test
	void aFileThatIsNotADatabaseIsRefusedAsDamaged() throws Exception {
		Files.createDirectories(dir.resolve("data"));
		Files.writeString(dir.resolve("data/perfdesk.mv.db"), "这不是数据库文件".repeat(500), StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("data/perfdesk.password"), "known");

		assertThatThrownBy(() -> EmbeddedDatabase.prepare(url(), "sa", "")).isInstanceOf(DatabaseRefused.class)
			.hasMessageContaining("已损坏")
			.hasMessageNotContaining("\n");
	}

	@Test
	void aTruncatedDatabaseIsRefusedNotReopenedAsAnEmptyOne() throws Exception {
		String password = EmbeddedDatabase.prepare(url(), "sa", "");
		try (var c = DriverManager.getConnection(url(), "sa", password); var s = c.createStatement()) {
			s.execute("create table filler (id int primary key, text varchar(2000))");
			for (int i = 0; i < 200; i++) {
				s.execute("insert into filler values (" + i + ", repeat('x', 1500))");
			}
		}
		Path file = dir.resolve("data/perfdesk.mv.db");
		assertThat(Files.size(file)).isGreaterThan(200_000);
		for (long length : new long[] { 100, 4096, 20_000 }) {
			try (var raw = new RandomAccessFile(file.toFile(), "rw")) {
				raw.setLength(length);
			}
			assertThatThrownBy(() -> EmbeddedDatabase.prepare(url(), "sa", "")).as("truncated to %d bytes", length)
				.isInstanceOf(DatabaseRefused.class)
				.hasMessageContaining("备份")
				.hasMessageNotContaining("\n");
		}
	}

	@Test
	void aDatabaseHeldByAnotherProgramIsRefusedAsLocked() {
		var e = new SQLException("Database may be already in use", "90020", 90020);

		assertThat(EmbeddedDatabase.refusal(e, dir.resolve("data/perfdesk")))
			.hasValueSatisfying(r -> assertThat(r.getMessage()).contains("另一个程序").contains("关闭"));
	}

	@Test
	void onlyFileDatabasesAreTouched() {
		var environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x")
			.withProperty("spring.datasource.password", "");

		new EmbeddedDatabase().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("spring.datasource.password")).isEmpty();
	}

	@Test
	void theFileDatabaseGetsItsPasswordThroughTheEnvironmentAndItsPortOnLoopback() {
		var environment = new MockEnvironment().withProperty("spring.datasource.url", url())
			.withProperty("spring.datasource.username", "sa");

		new EmbeddedDatabase().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("spring.datasource.password")).hasSizeGreaterThanOrEqualTo(30);
		assertThat(System.getProperty("h2.bindAddress")).isEqualTo("127.0.0.1");
	}

	@Test
	void theDatabasePathIsReadFromTheUrl() {
		assertThat(EmbeddedDatabase.databasePath("jdbc:h2:file:./data/perfdesk;MODE=PostgreSQL"))
			.isEqualTo(Path.of("./data/perfdesk"));
		assertThat(EmbeddedDatabase.databasePath("jdbc:h2:file:/srv/pd/db")).isEqualTo(Path.of("/srv/pd/db"));
	}

}
