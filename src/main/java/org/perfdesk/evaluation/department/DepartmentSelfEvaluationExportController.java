package org.perfdesk.evaluation.department;

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
 * The downloads of a department self-evaluation: the 自评表 and the 完成情况表, each as .xlsx,
 * .docx and .pdf, in the caller's scope.
 */
@Controller
@RequestMapping("/evaluations/departments/{id}/export")
class DepartmentSelfEvaluationExportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final DepartmentSelfEvaluationExports exports;

	private final CurrentUser currentUser;

	DepartmentSelfEvaluationExportController(DepartmentSelfEvaluationExports exports, CurrentUser currentUser) {
		this.exports = exports;
		this.currentUser = currentUser;
	}

	@GetMapping("/{table:evaluation|completion}.{format:xlsx|docx|pdf}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String table, @PathVariable String format) {
		DataScope scope = currentUser.scope();
		var which = "evaluation".equals(table) ? DepartmentSelfEvaluationExports.Table.EVALUATION
				: DepartmentSelfEvaluationExports.Table.COMPLETION;
		byte[] bytes = switch (format) {
			case "xlsx" -> exports.workbook(scope, id, which);
			case "docx" -> exports.document(scope, id, which);
			default -> exports.pdf(scope, id, which);
		};
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(exports.fileName(scope, id, which) + "." + format, StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(switch (format) {
				case "xlsx" -> XLSX;
				case "docx" -> DOCX;
				default -> MediaType.APPLICATION_PDF;
			})
			.body(bytes);
	}

}
