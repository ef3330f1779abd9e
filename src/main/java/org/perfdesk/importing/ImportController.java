package org.perfdesk.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.perfdesk.importing.reading.Readers;
import org.perfdesk.org.CurrentUser;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.JsonNode;

/**
 * 文件导入 pages: upload files or paste text, the preview of one document (what was read
 * beside its source text, each value marked where it was found, with its findings and
 * problems) with its corrections and 归档, and the spot-check archive (抽查) filtered by
 * year, finding code and unit.
 */
@Controller
@RequestMapping("/imports")
class ImportController {

	/** The pasted text, bounded like a file (characters). */
	static final int MAX_PASTE = 1_000_000;

	private final ImportManagement imports;

	private final CurrentUser currentUser;

	private final org.perfdesk.budget.ProjectManagement projects;

	ImportController(ImportManagement imports, CurrentUser currentUser,
			org.perfdesk.budget.ProjectManagement projects) {
		this.imports = imports;
		this.currentUser = currentUser;
		this.projects = projects;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("previews", imports.previews(currentUser.account().username()));
		model.addAttribute("maxFiles", ImportManagement.MAX_FILES);
		model.addAttribute("maxMegabytes", Readers.MAX_BYTES / 1024 / 1024);
		return "importing/list";
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) List<MultipartFile> files,
			@RequestParam(name = "text", required = false) String text, RedirectAttributes redirect)
			throws IOException {
		List<ImportManagement.Upload> uploads = new ArrayList<>();
		if (files != null) {
			if (files.size() > ImportManagement.MAX_FILES) {
				redirect.addFlashAttribute("error", "一次最多导入 " + ImportManagement.MAX_FILES + " 个文件");
				return "redirect:/imports";
			}
			for (MultipartFile f : files) {
				if (!f.isEmpty() || (f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())) {
					if (f.getSize() > Readers.MAX_BYTES) {
						redirect.addFlashAttribute("error", "“" + f.getOriginalFilename() + "”大于 20 MB，未导入任何文件");
						return "redirect:/imports";
					}
					uploads.add(new ImportManagement.Upload(f.getOriginalFilename(), f.getBytes()));
				}
			}
		}
		if (text != null && !text.isBlank()) {
			if (text.length() > MAX_PASTE) {
				redirect.addFlashAttribute("error", "粘贴的文字超过 100 万字，请分成几次导入");
				return "redirect:/imports";
			}
			uploads.add(new ImportManagement.Upload("粘贴的文字.txt", text.getBytes(StandardCharsets.UTF_8)));
		}
		try {
			ImportManagement.Outcome outcome = imports.upload(currentUser.scope(), currentUser.account().username(),
					uploads);
			if (!outcome.refused().isEmpty()) {
				List<String> lines = new ArrayList<>();
				outcome.refused().forEach((name, why) -> lines.add("“" + name + "”：" + why));
				redirect.addFlashAttribute("error", "以下文件未能读取，未保存：" + String.join("；", lines));
			}
			if (outcome.saved().size() == 1 && outcome.refused().isEmpty()) {
				redirect.addFlashAttribute("message", "已读取，请核对后归档");
				return "redirect:/imports/" + outcome.saved().get(0).id();
			}
			if (!outcome.saved().isEmpty()) {
				redirect.addFlashAttribute("message", "已读取 " + outcome.saved().size() + " 个文件，请逐个核对后归档");
			}
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", String.join("；", e.errors().values()));
		}
		return "redirect:/imports";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		ImportedDocument d = imports.find(currentUser.scope(), currentUser.account().username(), id);
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", new Typed(d.kind() == null ? "" : d.kind().name(), d.unitName(),
					d.projectName(), d.fiscalYear() == null ? "" : d.fiscalYear().toString()));
		}
		JsonNode read = ExtractionJson.read(d.extraction());
		model.addAttribute("d", d);
		model.addAttribute("read", read);
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("pieces", SourceMarks.mark(d.sourceText(), values(read)));
		boolean own = d.uploadedBy().equals(currentUser.account().username());
		model.addAttribute("own", own);
		// a new target may start from the rows read: the projects of the document's year
		// the
		// user may write for
		boolean hasRows = read.get("indicators").size() > 0;
		model.addAttribute("startsTargets", own && hasRows && currentUser.scope().canWriteAnything());
		if (own && hasRows) {
			int year = d.fiscalYear() != null && org.perfdesk.shared.FiscalYear.isValid(d.fiscalYear()) ? d.fiscalYear()
					: currentUser.fiscalYear().value();
			model.addAttribute("targetYear", year);
			model.addAttribute("projects",
					projects.list(currentUser.scope(), org.perfdesk.shared.FiscalYear.of(year), null)
						.stream()
						.filter(p -> currentUser.scope().canWrite(p.unitId()))
						.toList());
		}
		return "importing/show";
	}

	/**
	 * The corrections as typed, shown again when they are refused so nothing typed is
	 * lost.
	 */
	record Typed(String kind, String unitName, String projectName, String fiscalYear) {
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String unitName, @RequestParam(required = false) String projectName,
			@RequestParam(required = false) String fiscalYear, Model model, RedirectAttributes redirect) {
		String error;
		try {
			imports.archive(currentUser.scope(), currentUser.account().username(), id, version,
					new ImportManagement.Corrections(kind(kind), unitName, projectName, year(fiscalYear)));
			redirect.addFlashAttribute("message", "已归档，可在“抽查”中查看");
			return "redirect:/imports/archive";
		}
		catch (RuleViolation e) {
			error = String.join("；", e.errors().values());
		}
		catch (ConcurrentChange e) {
			error = e.getMessage();
		}
		model.addAttribute("error", error);
		model.addAttribute("typed", new Typed(kind, unitName, projectName, fiscalYear));
		return show(id, model);
	}

	@PostMapping("/{id}/discard")
	String discard(@PathVariable long id, RedirectAttributes redirect) {
		try {
			imports.discard(currentUser.scope(), currentUser.account().username(), id);
			redirect.addFlashAttribute("message", "已删除");
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", String.join("；", e.errors().values()));
		}
		return "redirect:/imports";
	}

	@GetMapping("/archive")
	String archive(@RequestParam(required = false) String year, @RequestParam(required = false) String code,
			@RequestParam(required = false) String unit, Model model) {
		Integer y = year == null || !year.strip().matches("\\d{4}") ? null : Integer.valueOf(year.strip());
		String c = code == null || !code.matches("[A-Z_]{3,40}") ? null : code;
		String u = unit == null ? null : unit.strip().substring(0, Math.min(unit.strip().length(), 100));
		model.addAttribute("documents", imports.archive(currentUser.scope(), y, c, u));
		model.addAttribute("year", y);
		model.addAttribute("code", c);
		model.addAttribute("unit", u);
		model.addAttribute("codes", List.of("RATE_MISMATCH", "SUM_MISMATCH", "WEIGHT_TOTAL_MISMATCH",
				"TOTAL_SCORE_MISMATCH", "MET_BUT_DEDUCTED", "MISSED_BUT_FULL", "SCORE_NOT_PROPORTIONAL"));
		return "importing/archive";
	}

	/** The values the preview marks in the source, with the field each is. */
	static List<SourceMarks.Value> values(JsonNode read) {
		List<SourceMarks.Value> values = new ArrayList<>();
		add(values, "项目名称", read.get("project"));
		add(values, "单位", read.get("unit"));
		add(values, "年初预算数", read.get("budget_initial"));
		add(values, "全年预算数", read.get("budget_full_year"));
		add(values, "全年执行数", read.get("spent"));
		add(values, "执行率", read.get("execution_rate_reported"));
		add(values, "总分", read.get("total_score_reported"));
		if (read.get("indicators") != null) {
			for (JsonNode i : read.get("indicators")) {
				add(values, "三级指标", i.get("name"));
				add(values, "指标值", i.get("target"));
				add(values, "实际完成值", i.get("actual"));
			}
		}
		return values;
	}

	private static void add(List<SourceMarks.Value> values, String label, JsonNode node) {
		if (node != null && !node.isNull()) {
			values.add(new SourceMarks.Value(label,
					node.isNumber() ? node.decimalValue().toPlainString() : node.asString()));
		}
	}

	private static Kind kind(String value) {
		for (Kind k : Kind.values()) {
			if (k.name().equals(value)) {
				return k;
			}
		}
		return null;
	}

	private static Integer year(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (!value.strip().matches("\\d{4}")) {
			throw new RuleViolation("fiscalYear", "年度须是四位数字，如 2023");
		}
		return Integer.valueOf(value.strip());
	}

}
