package org.perfdesk.publication;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.Unit;
import org.perfdesk.publication.PublicationRepository.Planned;
import org.perfdesk.publication.PublicationRepository.Stored;
import org.perfdesk.report.DocumentBundle;
import org.perfdesk.report.DocumentBundle.Format;
import org.perfdesk.report.DocumentBundle.Item;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RecordChanged;
import org.perfdesk.shared.RecordChanged.Action;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RecordType;
import org.perfdesk.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests an export, runs it file by file in the background and hands out its .zip. The
 * files are rendered under the requester's data scope as it is when the job runs, and
 * only the requester sees an export and downloads it.
 */
@Service
public class PublicationManagement {

	private static final Logger log = LoggerFactory.getLogger(PublicationManagement.class);

	/** How many of a user's exports the page lists. */
	static final int LISTED = 20;

	private final PublicationRepository repository;

	private final DocumentBundle bundle;

	private final CurrentUser users;

	private final PublicationJobs jobs;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	PublicationManagement(PublicationRepository repository, DocumentBundle bundle, CurrentUser users,
			PublicationJobs jobs, TransactionTemplate transaction, ApplicationEventPublisher events) {
		this.repository = repository;
		this.bundle = bundle;
		this.users = users;
		this.jobs = jobs;
		this.transaction = transaction;
		this.events = events;
	}

	/** The departments the scope may export. */
	public List<Unit> departments(DataScope scope) {
		return bundle.departments(scope);
	}

	/**
	 * Queues an export of one department ({@code departmentId}) or of every department
	 * the scope reads ({@code null}); the job starts once the request is committed.
	 */
	@Transactional
	public Publication request(DataScope scope, String username, Long departmentId, int year, Pack pack,
			Set<Format> formats) {
		if (!FiscalYear.isValid(year)) {
			throw new RuleViolation("year", "年度不正确");
		}
		if (formats.isEmpty()) {
			throw new RuleViolation("formats", "请至少选择一种格式");
		}
		List<Unit> departments = departments(scope);
		if (departments.isEmpty()) {
			throw new RuleViolation("department", "您的数据权限中没有可导出的主管部门");
		}
		String whose;
		if (departmentId == null) {
			whose = departments.size() == 1 ? departments.get(0).name() : "全部部门";
		}
		else {
			whose = departments.stream()
				.filter(u -> u.id() == departmentId)
				.findFirst()
				.map(Unit::name)
				.orElseThrow(() -> new RuleViolation("department", "您的数据权限中没有这个主管部门"));
		}
		String label = year + "年度" + pack.label() + "-" + whose;
		String formatList = formats.stream().sorted().map(Format::extension).collect(Collectors.joining(","));
		long id = repository.insert(departmentId, year, pack, formatList, label, username);
		events.publishEvent(new RecordChanged(Action.CREATE, RecordType.PUBLICATION.name(), id, label,
				departmentId != null ? departmentId : scope.ownUnitId(), year, List.of()));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				jobs.schedule(id);
			}
		});
		return repository.find(id).orElseThrow();
	}

	/** The user's exports, newest first. */
	public List<Publication> list(String username) {
		return repository.listBy(username, LISTED);
	}

	/** One of the user's own exports; anyone else's is not found. */
	public Publication find(String username, long id) {
		return repository.find(id)
			.filter(p -> p.requestedBy().equals(username))
			.orElseThrow(() -> new RecordNotFound("导出任务", id));
	}

	/** The exports a restart must go on with. */
	List<Long> unfinished() {
		return repository.unfinished();
	}

	/**
	 * Plans the files if that is not done yet, then renders each file not yet rendered,
	 * each stored in its own transaction: run again after a restart, it goes on where it
	 * stopped. Returns false when it stopped early because the application is stopping.
	 */
	boolean run(long id) {
		Publication p = repository.find(id).orElse(null);
		if (p == null || p.status().finished()) {
			return true;
		}
		try {
			DataScope scope = users.scopeOf(p.requestedBy());
			repository.running(id);
			if (p.total() == null) {
				plan(scope, p);
			}
			Optional<Planned> next;
			while ((next = repository.nextToRender(id)).isPresent()) {
				if (Thread.currentThread().isInterrupted()) {
					return false;
				}
				Planned file = next.get();
				DocumentBundle.Document document = bundle.render(scope, file.item());
				transaction
					.executeWithoutResult(s -> repository.store(id, file.seq(), document.fileName(), document.bytes()));
			}
			repository.finish(id, PublicationStatus.DONE, null);
			return true;
		}
		catch (RuntimeException e) {
			log.warn("export {} failed", id, e);
			repository.finish(id, PublicationStatus.FAILED, failure(e));
			return true;
		}
	}

	private void plan(DataScope scope, Publication p) {
		List<Unit> departments = p.departmentId() == null ? departments(scope)
				: departments(scope).stream().filter(u -> u.id() == p.departmentId()).toList();
		if (departments.isEmpty()) {
			throw new RuleViolation("department", "申请人的数据权限中已没有这个主管部门");
		}
		Set<Format> formats = Format.parse(p.formats());
		List<Planned> files = new ArrayList<>();
		int skipped = 0;
		for (Unit department : departments) {
			String folder = p.departmentId() == null && departments.size() > 1 ? department.name() : "";
			for (Item item : bundle.items(scope, department.id(), FiscalYear.of(p.fiscalYear()), formats,
					p.pack().parts())) {
				if (p.pack().approvedOnly() && !item.approved()) {
					skipped++;
				}
				else {
					files.add(new Planned(files.size() + 1, folder, item));
				}
			}
		}
		int left = skipped;
		transaction.executeWithoutResult(s -> repository.plan(p.id(), files, left));
	}

	private static String failure(RuntimeException e) {
		if (e instanceof RuleViolation v && !v.errors().isEmpty()) {
			return String.join("；", v.errors().values());
		}
		if (e instanceof RecordNotFound) {
			return "生成时有文书已不存在或已无权查看：" + e.getMessage() + "。请重新导出。";
		}
		return "生成失败（" + e.getClass().getSimpleName() + "），请重新导出；如再次失败请联系系统管理员。";
	}

	/**
	 * Writes a finished export as one .zip: its files in order (in a folder per
	 * department when it holds several) and a 目录.txt naming each file, read one at a
	 * time.
	 */
	public void writeZip(Publication p, OutputStream out) {
		if (p.status() != PublicationStatus.DONE) {
			throw new RuleViolation("status", "导出尚未完成，不能下载");
		}
		long time = p.requestedAt().atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
		try {
			ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
			Set<String> names = new HashSet<>();
			StringBuilder contents = new StringBuilder("\uFEFF").append(p.label()).append("\r\n\r\n");
			int n = 0;
			for (Stored s : repository.stored(p.id())) {
				String name = unique(names, (s.folder().isEmpty() ? "" : safe(s.folder()) + "/") + safe(s.fileName()));
				ZipEntry entry = new ZipEntry(name);
				entry.setTime(time);
				zip.putNextEntry(entry);
				zip.write(repository.content(p.id(), s.seq()));
				zip.closeEntry();
				contents.append(++n).append(". ").append(name).append(s.approved() ? "" : "（未批复）").append("\r\n");
			}
			if (n == 0) {
				contents.append("本次没有可导出的文书。\r\n");
			}
			if (p.skipped() > 0) {
				contents.append("\r\n另有 ").append(p.skipped()).append(" 个文件的文书尚未批复（已批复才能公开），未列入本公开包。\r\n");
			}
			ZipEntry index = new ZipEntry(unique(names, "目录.txt"));
			index.setTime(time);
			zip.putNextEntry(index);
			zip.write(contents.toString().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A name that is a plain file name on every system: no path separators or reserved
	 * characters.
	 */
	static String safe(String name) {
		String s = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
	}

	private static String unique(Set<String> names, String name) {
		String candidate = name;
		int dot = name.lastIndexOf('.');
		for (int i = 2; !names.add(candidate.toLowerCase(Locale.ROOT)); i++) {
			candidate = dot < 0 ? name + "(" + i + ")" : name.substring(0, dot) + "(" + i + ")" + name.substring(dot);
		}
		return candidate;
	}

}
