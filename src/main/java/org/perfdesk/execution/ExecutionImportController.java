package org.perfdesk.execution;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.FiscalYear;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpSession;

/**
 * 导入执行数 from .xlsx: the template download, the upload, and 只导入有效行. A file with any bad
 * row imports nothing and shows every problem; its valid rows wait in the session under a
 * one-time token, and are checked against the database again when the user imports them.
 */
@Controller
@RequestMapping("/execution/import")
class ExecutionImportController {

	static final String PENDING = ExecutionImportController.class.getName() + ".pending";

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ExecutionManagement execution;

	private final CurrentUser currentUser;

	ExecutionImportController(ExecutionManagement execution, CurrentUser currentUser) {
		this.execution = execution;
		this.currentUser = currentUser;
	}

	/**
	 * The valid rows of a refused file, for 只导入有效行; one per session, bound to its year
	 * and account.
	 */
	record Pending(String token, long accountId, int fiscalYear, String fileName,
			ArrayList<ImportRow> rows) implements Serializable {
	}

	@GetMapping
	String form(Model model) {
		scope();
		model.addAttribute("year", currentUser.fiscalYear().value());
		return "execution/import";
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> template() {
		DataScope scope = scope();
		FiscalYear year = currentUser.fiscalYear();
		var lines = new ArrayList<ExecutionSheet.TemplateLine>();
		for (UnitExecution u : execution.list(scope, year).units()) {
			for (ProjectExecution pe : u.projects()) {
				if (!scope.canWrite(pe.project().unitId())) {
					continue;
				}
				for (int m = 1; m <= pe.month(); m++) {
					lines.add(new ExecutionSheet.TemplateLine(pe.project().code(), pe.project().name(), m,
							pe.spentIn(m)));
				}
			}
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("执行数导入模板-" + year + ".xlsx", StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(XLSX)
			.body(ExecutionSheet.template(year.value(), lines));
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model, HttpSession session,
			RedirectAttributes redirect) throws IOException {
		DataScope scope = scope();
		FiscalYear year = currentUser.fiscalYear();
		session.removeAttribute(PENDING);
		String name = file == null ? "" : file.getOriginalFilename();
		model.addAttribute("year", year.value());
		model.addAttribute("fileName", name);
		ExecutionSheet.Parsed parsed = ExecutionSheet.read(file == null ? null : file.getBytes());
		if (parsed.fileError() != null) {
			model.addAttribute("error", parsed.fileError());
			return "execution/import";
		}
		if (parsed.problems().isEmpty()) {
			ImportOutcome outcome;
			try {
				outcome = execution.importMonths(scope, year, parsed.rows());
			}
			catch (ConcurrentChange e) {
				model.addAttribute("error", e.getMessage());
				return "execution/import";
			}
			if (outcome.imported()) {
				return done(redirect, outcome);
			}
			return refused(model, session, year, name, parsed.rows(), outcome.problems());
		}
		var problems = new ArrayList<>(parsed.problems());
		problems.addAll(execution.checkImport(scope, year, parsed.rows()));
		return refused(model, session, year, name, parsed.rows(), problems);
	}

	/**
	 * 只导入有效行: the rows kept from the refused file, checked again against the database.
	 */
	@PostMapping("/valid-rows")
	String importValidRows(@RequestParam String token, Model model, HttpSession session, RedirectAttributes redirect) {
		DataScope scope = scope();
		Object stored = session.getAttribute(PENDING);
		if (!(stored instanceof Pending pending) || !pending.token().equals(token)
				|| pending.accountId() != currentUser.account().id()) {
			redirect.addFlashAttribute("error", "待导入的有效行已失效（页面已过期或已导入），请重新上传文件");
			return "redirect:/execution/import";
		}
		session.removeAttribute(PENDING);
		FiscalYear year = FiscalYear.of(pending.fiscalYear());
		model.addAttribute("year", year.value());
		model.addAttribute("fileName", pending.fileName());
		ImportOutcome outcome;
		try {
			outcome = execution.importMonths(scope, year, pending.rows());
		}
		catch (ConcurrentChange e) {
			// nothing was imported and the kept rows left the session above: the user
			// uploads the file again
			model.addAttribute("error", e.getMessage());
			return "execution/import";
		}
		if (outcome.imported()) {
			return done(redirect, outcome);
		}
		return refused(model, session, year, pending.fileName(), pending.rows(), outcome.problems());
	}

	private String refused(Model model, HttpSession session, FiscalYear year, String fileName, List<ImportRow> rows,
			List<ImportProblem> problems) {
		var badRows = problems.stream().map(ImportProblem::rowNumber).collect(java.util.stream.Collectors.toSet());
		var valid = new ArrayList<>(rows.stream().filter(r -> !badRows.contains(r.rowNumber())).toList());
		model.addAttribute("problems", problems.stream().sorted().toList());
		model.addAttribute("badRowCount", badRows.size());
		model.addAttribute("validCount", valid.size());
		if (!valid.isEmpty()) {
			String token = UUID.randomUUID().toString();
			session.setAttribute(PENDING,
					new Pending(token, currentUser.account().id(), year.value(), fileName, valid));
			model.addAttribute("token", token);
		}
		return "execution/import";
	}

	private static String done(RedirectAttributes redirect, ImportOutcome outcome) {
		redirect.addFlashAttribute("message",
				"已导入 " + outcome.rows() + " 行执行数：" + outcome.projects() + " 个项目，" + outcome.months() + " 个月份");
		return "redirect:/execution";
	}

	private DataScope scope() {
		DataScope scope = currentUser.scope();
		if (!scope.canWriteAnything()) {
			throw new AccessDeniedException("只有单位填报人可以导入执行数");
		}
		return scope;
	}

}
