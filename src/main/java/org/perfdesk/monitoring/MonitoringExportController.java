package org.perfdesk.monitoring;

import java.nio.charset.StandardCharsets;

import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The monitoring downloads: a 绩效运行监控表 as .xlsx, .docx or .pdf and a round's 预警清单 as
 * .xlsx, in the caller's data scope (a report outside it is not found, as its page is).
 */
@Controller
@RequestMapping("/monitoring/rounds/{id}")
class MonitoringExportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final MonitoringExports exports;

	private final MonitoringManagement monitoring;

	private final CurrentUser currentUser;

	MonitoringExportController(MonitoringExports exports, MonitoringManagement monitoring, CurrentUser currentUser) {
		this.exports = exports;
		this.monitoring = monitoring;
		this.currentUser = currentUser;
	}

	@GetMapping("/targets/{targetId}/export.{format:xlsx|docx|pdf}")
	ResponseEntity<byte[]> report(@PathVariable long id, @PathVariable long targetId, @PathVariable String format) {
		DataScope scope = currentUser.scope();
		byte[] bytes = switch (format) {
			case "xlsx" -> exports.reportWorkbook(scope, id, targetId);
			case "docx" -> exports.reportDocument(scope, id, targetId);
			default -> exports.reportPdf(scope, id, targetId);
		};
		MediaType type = switch (format) {
			case "xlsx" -> XLSX;
			case "docx" -> DOCX;
			default -> MediaType.APPLICATION_PDF;
		};
		return download(bytes, exports.reportFileName(scope, id, targetId) + "." + format, type);
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> summary(@PathVariable long id) {
		DataScope scope = currentUser.scope();
		MonitoringRound round = monitoring.round(scope, id);
		byte[] bytes = exports.summaryWorkbook(scope, id);
		return download(bytes, round.fiscalYear() + "-绩效运行监控预警清单（1–" + round.cutOffMonth() + "月）.xlsx", XLSX);
	}

	/**
	 * The same list as PDF, landscape A4, its column headings on every page: what the
	 * .xlsx shows, read back from it.
	 */
	@GetMapping("/export.pdf")
	ResponseEntity<byte[]> summaryPdf(@PathVariable long id) {
		DataScope scope = currentUser.scope();
		MonitoringRound round = monitoring.round(scope, id);
		byte[] bytes = org.perfdesk.document.Sheets.pdf(exports.summaryWorkbook(scope, id), 2);
		return download(bytes, round.fiscalYear() + "-绩效运行监控预警清单（1–" + round.cutOffMonth() + "月）.pdf",
				MediaType.APPLICATION_PDF);
	}

	private static ResponseEntity<byte[]> download(byte[] bytes, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.contentType(type)
			.body(bytes);
	}

}
