package org.perfdesk.database;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.perfdesk.PerfDeskApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application as {@code ./mvnw spring-boot:run} starts it, in a process of its own on
 * the default embedded database settings (only the folder is a temporary one): confirmed
 * saves survive {@code kill -9}, the database's TCP port listens on loopback only, and
 * the database needs the generated password.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the kill comes last
class EmbeddedDatabaseProcessTests {

	/** 127.0.0.1, ::ffff:127.0.0.1 and ::1 as /proc/net/tcp(6) write them. */
	static final List<String> LOOPBACK = List.of("0100007F", "0000000000000000FFFF00000100007F",
			"00000000000000000000000001000000");

	Path dir;

	Path data;

	Process app;

	int port;

	final List<String> codes = new ArrayList<>();

	@BeforeAll
	void start() throws Exception {
		dir = Files.createTempDirectory("perfdesk-process");
		data = dir.resolve("data");
		port = freePort();
		app = java(PerfDeskApplication.class.getName(), "--server.port=" + port, "--perfdesk.data-dir=" + data,
				"--logging.level.root=WARN", "--spring.main.banner-mode=off");
		var client = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (true) {
			assertThat(app.isAlive()).as("the application stopped: %s", log()).isTrue();
			try {
				var login = client.send(HttpRequest.newBuilder(uri("/login")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (login.statusCode() == 200) {
					break;
				}
			}
			catch (java.io.IOException notYet) {
				// not listening yet
			}
			assertThat(System.nanoTime()).as("started within 180 s").isLessThan(deadline);
			Thread.sleep(500);
		}
	}

	@AfterAll
	void stop() throws Exception {
		if (app != null && app.isAlive()) {
			app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	@Order(1)
	void theDatabaseIsPrivateToItsOwnerAndItsPortListensOnLoopbackOnly() throws Exception {
		Path password = data.resolve("perfdesk.password");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(password))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");

		var lock = new Properties();
		try (var in = Files.newInputStream(data.resolve("perfdesk.lock.db"))) {
			lock.load(in);
		}
		String server = lock.getProperty("server");
		assertThat(server).as("AUTO_SERVER address in the lock file").matches("(127\\.0\\.0\\.1|localhost):\\d+");
		int tcpPort = Integer.parseInt(server.substring(server.indexOf(':') + 1));
		assertThat(listeningAddresses(tcpPort)).as("local addresses listening on port %d", tcpPort)
			.isNotEmpty()
			.allMatch(LOOPBACK::contains);

		// the way bin/perfdesk reaches it while the application runs: only with the
		// generated password
		String url = "jdbc:h2:file:" + data.resolve("perfdesk")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE";
		assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
			.isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(28000));
		try (var c = DriverManager.getConnection(url, "sa", Files.readString(password).strip())) {
			assertThat(c.isValid(2)).isTrue();
		}
	}

	@Test
	@Order(2)
	void savesConfirmedJustBeforeAKillAreStillThereAfterIt() throws Exception {
		var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		String auth = "Basic "
				+ Base64.getEncoder().encodeToString("filler:perfdesk-demo".getBytes(StandardCharsets.UTF_8));
		int year = LocalDate.now(PerfDeskApplication.ZONE).getYear();
		for (int i = 0; i < 30; i++) {
			String code = "CRASH-" + i;
			String body = """
					{"fiscalYear":%d,"code":"%s","name":"断电测试项目%d","type":"ONE_OFF","startYear":%d,"endYear":%d,
					 "manager":"周晓岚","fiscalAppropriation":1000.00,"carryOver":0,"otherFunds":0,"purpose":"验证保存后立即崩溃不丢数据。"}"""
				.formatted(year, code, i, year, year);
			var response = client.send(HttpRequest.newBuilder(uri("/api/v1/projects"))
				.header("Authorization", auth)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
			codes.add(code);
		}
		app.destroyForcibly(); // SIGKILL, right after the last confirmation
		assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();

		String password = Files.readString(data.resolve("perfdesk.password")).strip();
		try (var c = DriverManager.getConnection(
				"jdbc:h2:file:" + data.resolve("perfdesk") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", password);
				var s = c.prepareStatement("select count(*) from budget_project where code like 'CRASH-%'");
				var rows = s.executeQuery()) {
			rows.next();
			assertThat(rows.getInt(1)).as("confirmed projects found after kill -9").isEqualTo(codes.size());
		}
	}

	@Test
	void anEmptyDatabaseFileStopsTheStartWithOneChineseLine() throws Exception {
		Path other = dir.resolve("empty");
		Files.createDirectories(other);
		Files.createFile(other.resolve("perfdesk.mv.db"));

		Process refused = java(PerfDeskApplication.class.getName(), "--server.port=" + freePort(),
				"--perfdesk.data-dir=" + other, "--spring.main.banner-mode=off");
		assertThat(refused.waitFor(120, TimeUnit.SECONDS)).isTrue();
		String output = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

		assertThat(refused.exitValue()).isEqualTo(1);
		assertThat(output.lines().filter(l -> !l.isBlank() && !l.startsWith("OpenJDK"))).singleElement()
			.asString()
			.contains("0 字节")
			.contains("备份");
		assertThat(output).doesNotContain("Exception").doesNotContain("\tat ");
		assertThat(Files.size(other.resolve("perfdesk.mv.db"))).isZero();
	}

	private Process java(String main, String... args) throws Exception {
		var command = new ArrayList<String>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(main);
		command.addAll(List.of(args));
		var builder = new ProcessBuilder(command).redirectErrorStream(true);
		if (main.equals(PerfDeskApplication.class.getName()) && app == null) {
			builder.redirectOutput(dir.resolve("app.log").toFile());
		}
		return builder.start();
	}

	private String log() {
		try {
			String all = Files.readString(dir.resolve("app.log"));
			return all.substring(Math.max(0, all.length() - 3000));
		}
		catch (Exception e) {
			return "(no log)";
		}
	}

	/**
	 * The local addresses (hex, as the kernel writes them) of sockets listening on
	 * {@code port}.
	 */
	private static List<String> listeningAddresses(int port) throws Exception {
		var found = new ArrayList<String>();
		for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			File file = new File(table);
			if (!file.exists()) {
				continue;
			}
			for (String line : Files.readAllLines(file.toPath()).subList(1, Files.readAllLines(file.toPath()).size())) {
				String[] f = line.trim().split("\\s+");
				String[] local = f[1].split(":");
				if (Integer.parseInt(local[1], 16) == port && f[3].equals("0A")) {
					found.add(local[0]);
				}
			}
		}
		return found;
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static int freePort() throws Exception {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
