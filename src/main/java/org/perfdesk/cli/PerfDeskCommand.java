package org.perfdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.perfdesk.org.Account;
import org.perfdesk.org.AccountManagement;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.OrgDirectory;
import org.perfdesk.org.Role;
import org.perfdesk.org.Unit;
import org.perfdesk.org.UnitKind;
import org.perfdesk.org.UnitManagement;
import org.perfdesk.shared.RuleViolation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The commands of {@code bin/perfdesk}. Each prints Chinese messages and returns a
 * process exit code.
 */
@Component
@Command(name = "perfdesk", mixinStandardHelpOptions = true, version = "PerfDesk 绩效台 0.1",
		description = "绩效台命令行：在不启动网页服务的情况下，对应用所用的同一数据库执行管理操作。", subcommands = { PerfDeskCommand.CreateAdmin.class,
				PerfDeskCommand.Export.class, picocli.CommandLine.HelpCommand.class })
class PerfDeskCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getOut());
		return 0;
	}

	/**
	 * Creates the first (or another) system administrator; creates the finance bureau on
	 * an empty database.
	 */
	@Component
	@Command(name = "create-admin", mixinStandardHelpOptions = true, description = "新建系统管理员账号。数据库中还没有单位时，先建立财政局（组织树的根）。"
			+ "密码可用 --password 给出、用环境变量 PERFDESK_ADMIN_PASSWORD 给出，或在终端提示时输入。")
	static class CreateAdmin implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Option(names = "--username", required = true, description = "用户名，如 admin")
		String username;

		@Option(names = "--name", defaultValue = "系统管理员", description = "姓名（默认：${DEFAULT-VALUE}）")
		String displayName;

		@Option(names = "--password", interactive = true, arity = "0..1",
				description = "密码：至少 8 位，不能是 12345678 之类的简单密码、不能含用户名")
		char[] password;

		@Option(names = "--bureau-name", defaultValue = "财政局", description = "数据库为空时新建的财政局名称（默认：${DEFAULT-VALUE}）")
		String bureauName;

		@Option(names = "--bureau-code", defaultValue = "100", description = "数据库为空时新建的财政局编码（默认：${DEFAULT-VALUE}）")
		String bureauCode;

		private final AccountManagement accounts;

		private final UnitManagement units;

		private final OrgDirectory directory;

		private final TransactionTemplate transaction;

		CreateAdmin(AccountManagement accounts, UnitManagement units, OrgDirectory directory,
				PlatformTransactionManager transactions) {
			this.accounts = accounts;
			this.units = units;
			this.directory = directory;
			this.transaction = new TransactionTemplate(transactions);
		}

		// not @Transactional: a proxy would receive picocli's option values instead of
		// this object
		@Override
		public Integer call() {
			PrintWriter out = spec.commandLine().getOut();
			PrintWriter err = spec.commandLine().getErr();
			String raw = password != null && password.length > 0 ? new String(password)
					: System.getenv("PERFDESK_ADMIN_PASSWORD");
			if ((raw == null || raw.isEmpty()) && System.console() != null) {
				char[] typed = System.console().readPassword("请输入新管理员的密码（至少 8 位，不能是简单或常用的密码）：");
				char[] again = typed == null ? null : System.console().readPassword("请再输入一次：");
				if (typed != null && !java.util.Arrays.equals(typed, again)) {
					err.println("错误：两次输入的密码不一致。");
					return 2;
				}
				raw = typed == null ? null : new String(typed);
			}
			if (raw == null || raw.isEmpty()) {
				err.println("错误：未给出密码。请用 --password、环境变量 PERFDESK_ADMIN_PASSWORD，或在终端中按提示输入。");
				return 2;
			}
			try {
				String chosen = raw;
				return transaction.execute(status -> create(out, chosen));
			}
			catch (RuleViolation e) {
				err.println("错误：" + e.getMessage());
				return 1;
			}
		}

		private int create(PrintWriter out, String raw) {
			Unit bureau = directory.tree()
				.stream()
				.filter(u -> u.kind() == UnitKind.FINANCE_BUREAU)
				.findFirst()
				.orElseGet(() -> {
					out.println("数据库中还没有财政局，已新建：" + bureauName + "（编码 " + bureauCode + "）");
					return units.create(UnitKind.FINANCE_BUREAU, null, bureauCode, bureauName);
				});
			Account admin = accounts.create(username, displayName, raw, Role.ADMINISTRATOR, bureau.id());
			out.println("已新建系统管理员 " + admin.username() + "（" + admin.displayName() + "），所属单位：" + bureau.name());
			return 0;
		}

	}

	/**
	 * Writes every document of a department and year into a folder, as the department's
	 * pages download them: the report, the department's tables and its projects'
	 * self-evaluation tables. Reads with the finance bureau's reach (the whole city),
	 * because the command line runs on the server itself.
	 */
	@Component
	@Command(name = "export", mixinStandardHelpOptions = true,
			description = "导出某主管部门某年度的全部文书（自评报告、部门整体支出绩效自评表和完成情况表、项目支出绩效自评表）到一个文件夹。")
	static class Export implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Option(names = "--year", required = true, description = "年度，如 2025")
		int year;

		@Option(names = "--department", required = true, description = "主管部门名称，如 共青团示例市委员会")
		String department;

		@Option(names = "--out", required = true, description = "输出文件夹（不存在时新建）")
		java.nio.file.Path out;

		@Option(names = "--format", defaultValue = "docx,xlsx,pdf", description = "格式，用逗号分隔（默认：${DEFAULT-VALUE}）")
		String format;

		// every option has a default: the command object is a Spring singleton, and
		// picocli would otherwise take the
		// value of the previous run as the initial value of the next
		@Option(names = "--only", defaultValue = "",
				description = "只导出其中几类：report（自评报告）、department（部门整体支出表）、projects（项目自评表）、targets（绩效目标表），用逗号分隔；默认全部")
		String only;

		@Option(names = "--zip", defaultValue = Option.NULL_VALUE, description = "写成一个 .zip 文件（放在 --out 文件夹中），而不是一个个文件")
		String zip;

		@Option(names = "--stats", defaultValue = "false", description = "最后打印用时、每秒文书数和峰值堆内存")
		boolean stats;

		@Option(names = "--repeat", defaultValue = "1", hidden = true, description = "每份文书重复生成的次数（性能测试用，1–5000）")
		int repeat;

		private final org.perfdesk.report.DocumentBundle bundle;

		Export(org.perfdesk.report.DocumentBundle bundle) {
			this.bundle = bundle;
		}

		@Override
		public Integer call() {
			PrintWriter stdout = spec.commandLine().getOut();
			PrintWriter err = spec.commandLine().getErr();
			if (!org.perfdesk.shared.FiscalYear.isValid(year)) {
				err.println("错误：年度“" + year + "”不是有效的预算年度。");
				return 1;
			}
			if (repeat < 1 || repeat > 5000) {
				err.println("错误：--repeat 须在 1 到 5000 之间。");
				return 1;
			}
			DataScope city = new DataScope(Role.FINANCE_REVIEWER, 0, true, java.util.Set.of());
			long started = System.nanoTime();
			try {
				var formats = org.perfdesk.report.DocumentBundle.Format.parse(format);
				var parts = org.perfdesk.report.DocumentBundle.Part.parse(only);
				Unit unit = bundle.department(city, department);
				java.nio.file.Files.createDirectories(out);
				int written = 0;
				long bytes = 0;
				java.util.zip.ZipOutputStream archive = zip == null ? null : new java.util.zip.ZipOutputStream(
						java.nio.file.Files.newOutputStream(out.resolve(safe(zip))));
				try {
					for (int round = 1; round <= repeat; round++) {
						var documents = bundle.of(city, unit.id(), org.perfdesk.shared.FiscalYear.of(year), formats,
								parts);
						for (var d : documents) {
							// a file name comes from names typed in the application: keep
							// it inside the folder
							String name = safe(repeat == 1 ? d.fileName() : round + "-" + d.fileName());
							if (archive != null) {
								archive.putNextEntry(new java.util.zip.ZipEntry(name));
								archive.write(d.bytes());
								archive.closeEntry();
							}
							else {
								java.nio.file.Files.write(out.resolve(name), d.bytes());
							}
							if (repeat == 1) {
								stdout.println("已导出 " + name + "（" + (d.bytes().length + 1023) / 1024 + " KB）");
							}
							written++;
							bytes += d.bytes().length;
						}
					}
				}
				finally {
					if (archive != null) {
						archive.close();
					}
				}
				stdout.println(written == 0 ? unit.name() + " " + year + " 年度还没有可导出的文书。" : "共导出 " + written + " 个文件到 "
						+ (zip == null ? out.toAbsolutePath() : out.resolve(safe(zip)).toAbsolutePath()));
				if (stats) {
					double seconds = (System.nanoTime() - started) / 1e9;
					stdout.printf("用时 %.2f 秒，%.1f 份/秒，共 %d KB，峰值堆内存 %d MB%n", seconds, written / seconds,
							(bytes + 1023) / 1024, peakHeap() / (1024 * 1024));
				}
				return 0;
			}
			catch (RuleViolation e) {
				err.println("错误：" + e.getMessage());
				return 1;
			}
			catch (java.io.IOException e) {
				err.println("错误：无法写入 " + out + "：" + e.getMessage());
				return 3;
			}
		}

		private static String safe(String fileName) {
			return fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
		}

		/** The largest heap the JVM used so far: the sum of the heap pools' peaks. */
		private static long peakHeap() {
			return java.lang.management.ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
				.mapToLong(p -> p.getPeakUsage().getUsed())
				.sum();
		}

	}

}
