package org.perfdesk.publication;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.perfdesk.DemoYear;
import org.perfdesk.IntegrationTest;
import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.perfdesk.report.DocumentBundle;
import org.perfdesk.report.DocumentBundle.Format;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RecordNotFound;
import org.perfdesk.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Exports on the demo city, run by the real scheduler in the background and read back
 * from the .zip: the 决算公开包 holds only approved documents and says what it left out, the
 * 预算公开包 only approved target tables, the finance bureau's export has a folder per
 * department, a job cut off in the middle goes on where it stopped, and nobody sees or
 * downloads another's export or asks for a department outside their scope.
 */
@IntegrationTest
class PublicationTests {

	@Autowired
	PublicationManagement publications;

	@Autowired
	PublicationRepository repository;

	@Autowired
	PublicationJobs jobs;

	@Autowired
	DocumentBundle bundle;

	@Autowired
	CurrentUser users;

	@Autowired
	JdbcClient jdbc;

	final int ended = DemoYear.current() - 1;

	long league() {
		return jdbc.sql("select id from org_unit where name = '共青团示例市委员会'").query(Long.class).single();
	}

	Publication waitFor(long id) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < until) {
			Publication p = repository.find(id).orElseThrow();
			if (p.status().finished()) {
				return p;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("export " + id + " did not finish: " + repository.find(id));
	}

	static Map<String, byte[]> unzip(byte[] zip, List<ZipEntry> entries) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				entries.add(e);
				files.put(e.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	byte[] zipOf(Publication p) {
		var out = new ByteArrayOutputStream();
		publications.writeZip(p, out);
		return out.toByteArray();
	}

	@Test
	void theFinalAccountsPackHoldsTheApprovedSelfEvaluationsReadableAndNamedInChinese() throws Exception {
		DataScope filler = users.scopeOf("filler");
		Publication asked = publications.request(filler, "filler", league(), ended, Pack.FINAL,
				EnumSet.of(Format.DOCX, Format.PDF));
		assertThat(asked.status()).isEqualTo(PublicationStatus.QUEUED);
		assertThat(asked.label()).isEqualTo(ended + "年度决算公开包-共青团示例市委员会");

		Publication done = waitFor(asked.id());
		assertThat(done.status()).as(done.error()).isEqualTo(PublicationStatus.DONE);

		var all = bundle.items(filler, league(), FiscalYear.of(ended), EnumSet.of(Format.DOCX, Format.PDF),
				Pack.FINAL.parts());
		long approved = all.stream().filter(DocumentBundle.Item::approved).count();
		assertThat(approved).as("the demo approves most self-evaluations of the ended year").isPositive();
		assertThat(done.total()).isEqualTo((int) approved);
		assertThat(done.done()).isEqualTo(done.total());
		assertThat(done.skipped()).isEqualTo(all.size() - (int) approved);
		assertThat(done.percent()).isEqualTo(100);

		List<ZipEntry> entries = new ArrayList<>();
		Map<String, byte[]> files = unzip(zipOf(done), entries);
		assertThat(files).hasSize(done.total() + 1).containsKey("目录.txt");
		assertThat(files.keySet()).filteredOn(n -> !n.equals("目录.txt"))
			.allMatch(n -> n.endsWith(".docx") || n.endsWith(".pdf"))
			.anyMatch(n -> n.contains("项目支出绩效自评表"))
			.anyMatch(n -> n.contains("部门整体支出绩效自评表"))
			.noneMatch(n -> n.contains("/"));
		// the entries carry the time of the request, so the same export zips the same
		long requested = done.requestedAt().atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
		assertThat(entries).allMatch(e -> Math.abs(e.getTime() - requested) < 2000);

		String index = new String(files.get("目录.txt"), StandardCharsets.UTF_8);
		assertThat(index).contains(done.label()).doesNotContain("（未批复）");
		if (done.skipped() > 0) {
			assertThat(index).contains("另有 " + done.skipped() + " 个文件的文书尚未批复");
		}
		for (var f : files.entrySet()) {
			if (f.getKey().endsWith(".docx")) {
				try (var doc = new XWPFDocument(new ByteArrayInputStream(f.getValue()))) {
					assertThat(doc.getTables()).as(f.getKey()).isNotEmpty();
				}
			}
			else if (f.getKey().endsWith(".pdf")) {
				try (var pdf = Loader.loadPDF(f.getValue())) {
					assertThat(new PDFTextStripper().getText(pdf)).as(f.getKey()).contains("绩效", "共青团示例市委员会");
				}
			}
		}
	}

	@Test
	void theBudgetPackHoldsOnlyApprovedTargetTables() throws Exception {
		DataScope filler = users.scopeOf("filler");
		int year = DemoYear.current();
		Publication done = waitFor(
				publications.request(filler, "filler", league(), year, Pack.BUDGET, EnumSet.of(Format.XLSX)).id());
		assertThat(done.status()).as(done.error()).isEqualTo(PublicationStatus.DONE);
		var items = bundle.items(filler, league(), FiscalYear.of(year), EnumSet.of(Format.XLSX),
				Set.of(DocumentBundle.Part.TARGETS));
		assertThat(done.total()).isEqualTo((int) items.stream().filter(DocumentBundle.Item::approved).count());
		assertThat(done.skipped()).as("the current year's demo has targets in every status").isPositive();
		Map<String, byte[]> files = unzip(zipOf(done), new ArrayList<>());
		assertThat(files.keySet()).filteredOn(n -> !n.equals("目录.txt"))
			.isNotEmpty()
			.allMatch(n -> n.endsWith("绩效目标表.xlsx") || n.matches(".*绩效目标表-第\\d+版\\.xlsx"));
	}

	@Test
	void theFinanceBureauExportsEveryDepartmentInAFolderOfItsOwn() throws Exception {
		DataScope finance = users.scopeOf("finance");
		Publication done = waitFor(
				publications.request(finance, "finance", null, ended, Pack.ALL, EnumSet.of(Format.DOCX)).id());
		assertThat(done.status()).as(done.error()).isEqualTo(PublicationStatus.DONE);
		assertThat(done.label()).isEqualTo(ended + "年度全部文书-全部部门");
		Map<String, byte[]> files = unzip(zipOf(done), new ArrayList<>());
		var folders = files.keySet()
			.stream()
			.filter(n -> n.contains("/"))
			.map(n -> n.substring(0, n.indexOf('/')))
			.distinct()
			.toList();
		assertThat(folders).contains("共青团示例市委员会").hasSizeGreaterThan(1);
		assertThat(files).hasSize(done.total() + 1);
	}

	@Test
	void aJobCutOffInTheMiddleGoesOnWhereItStopped() throws Exception {
		DataScope filler = users.scopeOf("filler");
		Publication first = waitFor(
				publications.request(filler, "filler", league(), ended, Pack.FINAL, EnumSet.of(Format.DOCX)).id());
		assertThat(first.total()).isGreaterThan(2);
		long id = first.id();
		// as if the server had died after the first file: the others were never stored
		byte[] marker = "rendered before the restart".getBytes(StandardCharsets.UTF_8);
		jdbc.sql("update publication_file set content = :m where publication_id = :id and seq = 1")
			.param("m", marker)
			.param("id", id)
			.update();
		jdbc.sql("update publication_file set file_name = null, content = null where publication_id = :id and seq > 1")
			.param("id", id)
			.update();
		jdbc.sql("update publication set status = 'RUNNING', done = 1, finished_at = null where id = :id")
			.param("id", id)
			.update();
		assertThat(publications.unfinished()).contains(id);

		// a stop and a new start, as at a restart (and as Spring's test context cache
		// does)
		jobs.stop();
		assertThat(jobs.isRunning()).isFalse();
		jobs.start();
		assertThat(jobs.isRunning()).isTrue();
		Publication resumed = waitFor(id);
		assertThat(resumed.status()).isEqualTo(PublicationStatus.DONE);
		assertThat(resumed.done()).isEqualTo(first.total());
		assertThat(resumed.total()).isEqualTo(first.total());
		assertThat(repository.content(id, 1)).as("the stored file is not rendered again").isEqualTo(marker);
		assertThat(repository.stored(id)).hasSize(first.total());
		assertThat(repository.content(id, 2)).isNotEmpty();
	}

	@Test
	void anExportIsItsRequestersAndADepartmentOutsideTheScopeIsRefused() {
		DataScope filler = users.scopeOf("filler");
		Publication p = publications.request(filler, "filler", league(), ended, Pack.BUDGET, EnumSet.of(Format.PDF));
		assertThatThrownBy(() -> publications.find("filler2", p.id())).isInstanceOf(RecordNotFound.class);
		assertThat(publications.list("filler2")).noneMatch(x -> x.id() == p.id());
		assertThat(publications.list("filler")).anyMatch(x -> x.id() == p.id());

		DataScope women = users.scopeOf("filler2");
		assertThatThrownBy(
				() -> publications.request(women, "filler2", league(), ended, Pack.ALL, EnumSet.of(Format.PDF)))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("没有这个主管部门");
		assertThatThrownBy(
				() -> publications.request(filler, "filler", league(), ended, Pack.ALL, EnumSet.noneOf(Format.class)))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("至少选择一种格式");
		assertThatThrownBy(
				() -> publications.writeZip(repository.find(p.id()).orElseThrow().status().finished()
						? new Publication(p.id(), p.departmentId(), p.fiscalYear(), p.pack(), p.formats(), p.label(),
								PublicationStatus.RUNNING, null, 0, 0, p.requestedBy(), p.requestedAt(), null, null)
						: p, new ByteArrayOutputStream()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("尚未完成");
	}

	@Test
	void fileNamesInTheZipAreSafe() {
		assertThat(PublicationManagement.safe("../a/b:c*?.pdf")).isEqualTo("_.._a_b_c__.pdf");
		assertThat(PublicationManagement.safe("2025年度部门整体支出绩效自评报告-共青团示例市委员会.pdf"))
			.isEqualTo("2025年度部门整体支出绩效自评报告-共青团示例市委员会.pdf");
	}

}
