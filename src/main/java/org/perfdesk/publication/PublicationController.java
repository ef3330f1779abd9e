package org.perfdesk.publication;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.perfdesk.report.DocumentBundle.Format;
import org.perfdesk.shared.RuleViolation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 批量导出与公开 pages: the form that asks for a .zip, the user's exports, one export with its
 * progress bar (refreshed by htmx while it runs) and its download.
 */
@Controller
@RequestMapping("/publications")
class PublicationController {

	private final PublicationManagement publications;

	private final CurrentUser currentUser;

	PublicationController(PublicationManagement publications, CurrentUser currentUser) {
		this.publications = publications;
		this.currentUser = currentUser;
	}

	@GetMapping
	String list(Model model) {
		DataScope scope = currentUser.scope();
		model.addAttribute("departments", publications.departments(scope));
		model.addAttribute("packs", Pack.values());
		model.addAttribute("formats", Format.values());
		model.addAttribute("year", currentUser.fiscalYear().value());
		model.addAttribute("publications", publications.list(currentUser.account().username()));
		return "publication/list";
	}

	@PostMapping
	String request(@RequestParam(required = false) String department, @RequestParam(required = false) String year,
			@RequestParam(required = false) String pack, @RequestParam(required = false) List<String> format,
			RedirectAttributes redirect) {
		try {
			Publication p = publications.request(currentUser.scope(), currentUser.account().username(),
					department(department), year(year), pack(pack), formats(format));
			redirect.addFlashAttribute("message", "已开始生成“" + p.label() + "”，可离开本页，稍后在“批量导出与公开”中下载");
			return "redirect:/publications/" + p.id();
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", String.join("；", e.errors().values()));
			return "redirect:/publications";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("p", publications.find(currentUser.account().username(), id));
		return "publication/show";
	}

	/**
	 * The progress card alone, which the page asks for every two seconds while it runs.
	 */
	@GetMapping("/{id}/progress")
	String progress(@PathVariable long id, Model model) {
		model.addAttribute("p", publications.find(currentUser.account().username(), id));
		return "publication/show :: progress";
	}

	@GetMapping("/{id}/download")
	ResponseEntity<StreamingResponseBody> download(@PathVariable long id) {
		Publication p = publications.find(currentUser.account().username(), id);
		if (p.status() != PublicationStatus.DONE) {
			throw new RuleViolation("status", "导出尚未完成，不能下载");
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(p.zipName(), StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType("application/zip"))
			.body(out -> publications.writeZip(p, out));
	}

	private static Long department(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() > 18 || !value.strip().matches("\\d+")) {
			throw new RuleViolation("department", "主管部门选择不正确");
		}
		return Long.parseLong(value.strip());
	}

	private static int year(String value) {
		if (value == null || !value.strip().matches("\\d{4}")) {
			throw new RuleViolation("year", "请选择年度");
		}
		return Integer.parseInt(value.strip());
	}

	private static Pack pack(String value) {
		for (Pack p : Pack.values()) {
			if (p.name().equals(value)) {
				return p;
			}
		}
		throw new RuleViolation("pack", "请选择导出内容：全部文书、预算公开包或决算公开包");
	}

	private static Set<Format> formats(List<String> values) {
		Set<Format> formats = EnumSet.noneOf(Format.class);
		if (values != null && values.size() <= Format.values().length) {
			for (String v : values) {
				for (Format f : Format.values()) {
					if (f.name().equals(v)) {
						formats.add(f);
					}
				}
			}
		}
		if (formats.isEmpty()) {
			throw new RuleViolation("format", "请至少选择一种格式（Word、Excel 或 PDF）");
		}
		return formats;
	}

}
