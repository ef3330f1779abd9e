package org.perfdesk.importing;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.perfdesk.org.DataScope;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RecordChanged;
import org.perfdesk.shared.RecordChanged.Action;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RecordType;
import org.perfdesk.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 文件导入 in the app: documents are read as they are uploaded (the same
 * {@link DocumentExtractor} as {@code bin/perfdesk extract}) and kept as previews of
 * their uploader; a file that cannot be read is reported and nothing of it is saved. The
 * uploader corrects what was read and files it in the archive (抽查), which the finance
 * bureau reads for every department and a department for its own units.
 */
@Service
public class ImportManagement {

	/** At most this many files in one upload. */
	public static final int MAX_FILES = 20;

	/** Source text kept for the preview, in characters. */
	static final int MAX_SOURCE = 400_000;

	private final ImportRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DocumentExtractor extractor = new DocumentExtractor();

	private final org.springframework.transaction.support.TransactionTemplate transactions;

	ImportManagement(ImportRepository repository, ApplicationEventPublisher events, Clock clock,
			org.springframework.transaction.PlatformTransactionManager transactionManager) {
		this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	/** One uploaded file or pasted text. */
	public record Upload(String fileName, byte[] bytes) {
	}

	/** What an upload gave: the previews saved, and each refused file with its reason. */
	public record Outcome(List<ImportedDocument> saved, Map<String, String> refused) {
	}

	/**
	 * Reads each file (outside any transaction: reading a PDF takes its time and holds no
	 * connection) and stores each one that could be read, with its audit entry, in a
	 * transaction of its own; a file that cannot be read is reported and nothing of it is
	 * stored.
	 */
	public Outcome upload(DataScope scope, String username, List<Upload> uploads) {
		if (!scope.canWriteAnything()) {
			throw new AccessDeniedException("当前账号不能导入文书");
		}
		if (uploads.isEmpty()) {
			throw new RuleViolation("file", "请选择要导入的文件，或粘贴文书的文字");
		}
		if (uploads.size() > MAX_FILES) {
			throw new RuleViolation("file", "一次最多导入 " + MAX_FILES + " 个文件");
		}
		List<ImportedDocument> saved = new ArrayList<>();
		Map<String, String> refused = new LinkedHashMap<>();
		for (Upload upload : uploads) {
			String name = name(upload.fileName());
			DocumentExtractor.Read read = extractor.read(name, upload.bytes());
			Extraction e = read.extraction();
			if (e.error() != null) {
				refused.put(name, e.error());
				continue;
			}
			String source = cut(read.sourceText(), MAX_SOURCE);
			int errors = (int) e.findings().stream().filter(f -> f.severity().equals("error")).count();
			int warnings = e.findings().size() - errors;
			Set<String> codes = new LinkedHashSet<>();
			e.findings().forEach(f -> codes.add(f.code()));
			Integer year = e.year() != null && FiscalYear.isValid(e.year()) ? e.year() : null;
			String json = ExtractionJson.write(e);
			saved.add(transactions.execute(status -> {
				long id = repository.insert(scope.ownUnitId(), username, LocalDateTime.now(clock), name, e.kind(),
						cut(e.unit(), 200), cut(e.project(), 300), year, errors, warnings,
						cut(String.join(",", codes), 500), json, source);
				events.publishEvent(new RecordChanged(Action.CREATE, RecordType.IMPORTED_DOCUMENT.name(), id, name,
						scope.ownUnitId(), year, List.of()));
				return repository.find(id).orElseThrow();
			}));
		}
		return new Outcome(saved, refused);
	}

	/**
	 * A document its reader may see: the uploader's previews, the archive within the
	 * scope.
	 */
	public ImportedDocument find(DataScope scope, String username, long id) {
		ImportedDocument d = repository.find(id).orElseThrow(() -> new RecordNotFound("导入文书", id));
		boolean own = d.uploadedBy().equals(username);
		if (d.status() == ImportedDocument.Status.PREVIEW ? !own : !(own || scope.canRead(d.unitId()))) {
			throw new RecordNotFound("导入文书", id);
		}
		return d;
	}

	/** The documents of a kind the user uploaded, previews and archived, newest first. */
	public List<ImportedDocument> uploadedBy(String username, Kind kind) {
		return repository.ofUploader(username, kind);
	}

	public List<ImportedDocument> previews(String username) {
		return repository.previews(username);
	}

	/** The corrections the uploader made to what was read. */
	public record Corrections(Kind kind, String unitName, String projectName, Integer fiscalYear) {
	}

	@Transactional
	public ImportedDocument archive(DataScope scope, String username, long id, int version, Corrections c) {
		ImportedDocument d = find(scope, username, id);
		if (d.status() != ImportedDocument.Status.PREVIEW || !d.uploadedBy().equals(username)) {
			throw new RuleViolation("status", "该文书已归档");
		}
		Map<String, String> errors = new LinkedHashMap<>();
		if (c.unitName() != null && c.unitName().length() > 200) {
			errors.put("unitName", "单位名称不能超过 200 字");
		}
		else if (org.perfdesk.shared.PlainText.SINGLE_LINE.problem("单位名称", c.unitName()) != null) {
			errors.put("unitName", org.perfdesk.shared.PlainText.SINGLE_LINE.problem("单位名称", c.unitName()));
		}
		if (c.projectName() != null && c.projectName().length() > 300) {
			errors.put("projectName", "项目名称不能超过 300 字");
		}
		else if (org.perfdesk.shared.PlainText.SINGLE_LINE.problem("项目名称", c.projectName()) != null) {
			errors.put("projectName", org.perfdesk.shared.PlainText.SINGLE_LINE.problem("项目名称", c.projectName()));
		}
		if (c.fiscalYear() != null && (c.fiscalYear() < 1990 || c.fiscalYear() > 2100)) {
			errors.put("fiscalYear", "年度须在 1990 到 2100 之间");
		}
		if (c.kind() == null) {
			errors.put("kind", "请选择文书种类");
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
		if (!repository.archive(id, version, c.kind(), blankToNull(c.unitName()), blankToNull(c.projectName()),
				c.fiscalYear(), LocalDateTime.now(clock))) {
			throw new ConcurrentChange("该导入文书");
		}
		ImportedDocument archived = repository.find(id).orElseThrow();
		events.publishEvent(new RecordChanged(Action.UPDATE, RecordType.IMPORTED_DOCUMENT.name(), id, d.fileName(),
				d.unitId(), c.fiscalYear(), RecordChanged.diff(snapshot(d), snapshot(archived))));
		return archived;
	}

	@Transactional
	public void discard(DataScope scope, String username, long id) {
		ImportedDocument d = find(scope, username, id);
		if (!d.uploadedBy().equals(username) || !repository.discard(id)) {
			throw new RuleViolation("status", "已归档的文书不能删除");
		}
		events.publishEvent(new RecordChanged(Action.DELETE, RecordType.IMPORTED_DOCUMENT.name(), id, d.fileName(),
				d.unitId(), d.fiscalYear(), List.of()));
	}

	/**
	 * The indicator rows read from a document its reader may see, for a new target that
	 * starts from them (the target is then written and saved through the targets module,
	 * under all of its rules).
	 */
	public List<ImportedIndicator> indicatorsOf(DataScope scope, String username, long id) {
		return ExtractionJson.indicators(find(scope, username, id).extraction());
	}

	/** The spot-check archive within the scope: by year, finding code and unit name. */
	public List<ImportedDocument> archive(DataScope scope, Integer year, String code, String unitName) {
		return repository.archive(scope.everything() ? null : scope.readableUnitIds(), year, code,
				unitName == null || unitName.isBlank() ? null : unitName.strip(), 500);
	}

	private static Map<String, String> snapshot(ImportedDocument d) {
		Map<String, String> s = new LinkedHashMap<>();
		s.put("状态", d.status().label());
		s.put("文书种类", d.kind() == null ? "" : d.kind().label());
		s.put("单位", d.unitName() == null ? "" : d.unitName());
		s.put("项目", d.projectName() == null ? "" : d.projectName());
		s.put("年度", d.fiscalYear() == null ? "" : d.fiscalYear().toString());
		return s;
	}

	private static String name(String fileName) {
		String n = fileName == null || fileName.isBlank() ? "粘贴的文字.txt" : fileName.strip();
		n = n.replace('\\', '/');
		n = n.substring(n.lastIndexOf('/') + 1);
		return cut(n, 300);
	}

	/** At most {@code max} characters, never cutting a character in two. */
	private static String cut(String s, int max) {
		if (s == null || s.length() <= max) {
			return s;
		}
		int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
		return s.substring(0, end);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
