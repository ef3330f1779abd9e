package org.perfdesk.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Prepares the embedded H2 database (a {@code jdbc:h2:file:} URL) before the data source
 * opens it:
 * <ol>
 * <li>the {@code AUTO_SERVER} port, through which {@code bin/perfdesk} reaches a running
 * application's database, listens on the loopback address only ({@code h2.bindAddress}),
 * not on every interface;</li>
 * <li>the database folder is readable by its owner only: it holds the lock file with the
 * server's key;</li>
 * <li>the password of the database user is a random one kept in
 * {@code <database>.password} (owner-only); a database created before there was a
 * password gets one on its next start;</li>
 * <li>the database is opened once to check it: an empty (0-byte), damaged or locked file
 * is refused with one Chinese line instead of being replaced by a new demo database or
 * answered with a stack trace.</li>
 * </ol>
 * A password set in the configuration ({@code spring.datasource.password}) is used as it
 * is.
 */
public class EmbeddedDatabase implements EnvironmentPostProcessor {

	static final String FILE_URL = "jdbc:h2:file:";

	/**
	 * The schema that marks a database file as opened by PerfDesk before (see
	 * {@link #probe}).
	 */
	static final String MARK = "perfdesk_file";

	private static final SecureRandom RANDOM = new SecureRandom();

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("spring.datasource.url", "");
		if (!url.startsWith(FILE_URL)) {
			return;
		}
		listenOnLoopbackOnly();
		String user = environment.getProperty("spring.datasource.username", "sa");
		String configured = environment.getProperty("spring.datasource.password", "");
		String password = prepare(url, user, configured);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("perfdesk-embedded-database",
					Map.of("spring.datasource.password", password)));
	}

	/**
	 * Read by H2 once, when its system properties are first loaded: before any database
	 * is opened.
	 */
	static void listenOnLoopbackOnly() {
		if (System.getProperty("h2.bindAddress") == null) {
			System.setProperty("h2.bindAddress", "127.0.0.1");
		}
	}

	/** Checks the database of {@code url} and returns the password to open it with. */
	static String prepare(String url, String user, String configured) {
		Path database = databasePath(url);
		Path folder = database.toAbsolutePath().getParent();
		Path file = database.resolveSibling(database.getFileName() + ".mv.db");
		createPrivateFolder(folder);
		boolean exists = Files.exists(file);
		if (exists && size(file) == 0) {
			throw new DatabaseRefused("数据库文件 " + file + " 是空文件（0 字节），其中的数据已经丢失，系统不会用它新建数据库。"
					+ "请用备份替换该文件；若确实要从头开始，请停止应用，删除 " + folder + " 目录后再启动。");
		}
		String password = configured.isEmpty() ? password(database, url, user, exists) : configured;
		probe(url, user, password, database, exists);
		return password;
	}

	static Path databasePath(String url) {
		String rest = url.substring(FILE_URL.length());
		int options = rest.indexOf(';');
		return Path.of(options < 0 ? rest : rest.substring(0, options));
	}

	static Path passwordFile(Path database) {
		return database.resolveSibling(database.getFileName() + ".password");
	}

	private static String password(Path database, String url, String user, boolean exists) {
		Path file = passwordFile(database);
		if (Files.exists(file)) {
			String stored = read(file);
			if (stored.isEmpty()) {
				throw new DatabaseRefused("数据库密码文件 " + file + " 是空的。请从备份恢复该文件；若已丢失，请停止应用后删除它所在的目录重新开始。");
			}
			return stored;
		}
		String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
		Path pending = file.resolveSibling(file.getFileName() + ".new");
		writePrivate(pending, generated);
		if (exists) {
			// a database from before passwords: it still has the empty one, which anybody
			// could use
			setPassword(url, user, generated, database);
		}
		try {
			Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return generated;
	}

	private static void setPassword(String url, String user, String password, Path database) {
		try (Connection connection = DriverManager.getConnection(url, user, "")) {
			try (var statement = connection.prepareStatement("alter user " + identifier(user) + " set password ?")) {
				statement.setString(1, password);
				statement.execute();
			}
		}
		catch (SQLException e) {
			throw refusal(e, database).orElseGet(() -> new DatabaseRefused("无法为数据库 " + database + " 设置密码（"
					+ e.getMessage() + "）。若它的密码文件丢失，请从备份恢复 " + passwordFile(database) + "。"));
		}
	}

	/**
	 * Opens the database once. H2 opens a truncated file as a new, empty database, and
	 * the demo loader would then fill it with the demo city: so every database this class
	 * opens gets the (empty) schema {@value #MARK}, and an existing file with neither
	 * that schema nor any table is refused as damaged. Flyway looks at schema
	 * {@code public} only.
	 */
	private static void probe(String url, String user, String password, Path database, boolean existed) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				var statement = connection.createStatement()) {
			boolean empty;
			try (var rows = statement.executeQuery("""
					select count(*) from information_schema.schemata where lower(schema_name) = '%s'
					union all select count(*) from information_schema.tables where lower(table_schema) = 'public'"""
				.formatted(MARK))) {
				rows.next();
				boolean marked = rows.getInt(1) > 0;
				rows.next();
				empty = !marked && rows.getInt(1) == 0;
			}
			if (existed && empty) {
				throw new DatabaseRefused("数据库文件 " + database + ".mv.db 存在，但打开后是一个空库：文件可能被截断或损坏。"
						+ "请停止应用，用备份替换该文件；若要从头开始，删除 " + database.toAbsolutePath().getParent() + " 目录后再启动。");
			}
			statement.execute("create schema if not exists " + MARK);
		}
		catch (SQLException e) {
			throw refusal(e, database).orElseGet(() -> new DatabaseRefused(
					"无法打开数据库 " + database + "：" + firstLine(e.getMessage()) + "。请检查该目录的权限和磁盘空间，或从备份恢复。"));
		}
	}

	/** What an H2 error code means to the person starting the application. */
	static Optional<DatabaseRefused> refusal(SQLException e, Path database) {
		Path folder = database.toAbsolutePath().getParent();
		String message = switch (e.getErrorCode()) {
			case 90020 ->
				"数据库 " + database + " 正被另一个程序独占使用（文件已加锁）。请先关闭那个程序" + "（例如另一个未以 AUTO_SERVER 方式打开它的 H2 控制台或工具），再启动绩效台。";
			case 28000 -> "数据库 " + database + " 的密码与 " + passwordFile(database) + " 中的不一致。请从备份恢复密码文件，"
					+ "或在配置中用 spring.datasource.password 给出正确的密码。";
			case 90030, 90048, 90049, 50000 -> "数据库文件 " + database + ".mv.db 已损坏或不是绩效台的数据库（" + firstLine(e.getMessage())
					+ "）。请停止应用，用备份替换该文件；若要从头开始，删除 " + folder + " 目录后再启动。";
			case 90028, 90031 -> "读写数据库文件 " + database + ".mv.db 时出错（" + firstLine(e.getMessage())
					+ "）：磁盘可能已满或没有权限，文件也可能被截断或损坏。请检查磁盘空间和目录权限；若文件已损坏，请用备份替换它。";
			default -> null;
		};
		return Optional.ofNullable(message).map(DatabaseRefused::new);
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "未知错误";
		}
		int end = message.indexOf('\n');
		String line = end < 0 ? message : message.substring(0, end);
		return line.length() > 200 ? line.substring(0, 200) + "…" : line;
	}

	private static void createPrivateFolder(Path folder) {
		try {
			if (!Files.exists(folder)) {
				Files.createDirectories(folder);
			}
			if (posix(folder)) {
				Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
			}
		}
		catch (IOException e) {
			throw new DatabaseRefused("无法创建或设置数据库目录 " + folder + "（" + e.getMessage() + "）。请检查该目录的权限。");
		}
	}

	private static void writePrivate(Path file, String text) {
		try {
			Files.deleteIfExists(file);
			if (posix(file.getParent())) {
				Files.createFile(file,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			else {
				Files.createFile(file);
			}
			Files.writeString(file, text, StandardCharsets.US_ASCII);
		}
		catch (FileAlreadyExistsException e) {
			throw new DatabaseRefused("数据库密码文件 " + file + " 正被另一个程序创建，请稍后再启动。");
		}
		catch (IOException e) {
			throw new DatabaseRefused("无法写入数据库密码文件 " + file + "（" + e.getMessage() + "）。请检查该目录的权限。");
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.US_ASCII).strip();
		}
		catch (IOException e) {
			throw new DatabaseRefused("无法读取数据库密码文件 " + file + "（" + e.getMessage() + "）。请检查它的权限。");
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean posix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private static String identifier(String user) {
		if (!user.matches("[A-Za-z_][A-Za-z0-9_]{0,63}")) {
			throw new DatabaseRefused("数据库用户名 " + user + " 只能由字母、数字和下划线组成。");
		}
		return user;
	}

}
