package org.perfdesk.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.perfdesk.evaluation.scoring.Qualitative;
import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.perfdesk.review.ReviewDecision;
import org.perfdesk.shared.ConcurrentChange;
import org.perfdesk.shared.Grade;
import org.perfdesk.shared.RuleViolation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 绩效自评 pages: the year's self-evaluations and the targets waiting for one, one 项目支出绩效自评表
 * as on paper with its scores, explanations, findings and reviews, its form, and its
 * files.
 */
@Controller
@RequestMapping("/evaluations")
class SelfEvaluationController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final SelfEvaluationManagement evaluations;

	private final SelfEvaluationExports exports;

	private final CurrentUser currentUser;

	private final org.perfdesk.importing.ImportManagement imports;

	SelfEvaluationController(SelfEvaluationManagement evaluations, SelfEvaluationExports exports,
			CurrentUser currentUser, org.perfdesk.importing.ImportManagement imports) {
		this.imports = imports;
		this.evaluations = evaluations;
		this.exports = exports;
		this.currentUser = currentUser;
	}

	@GetMapping
	String list(Model model) {
		EvaluationYear year = evaluations.year(currentUser.scope(), currentUser.fiscalYear());
		model.addAttribute("year", year);
		model.addAttribute("lastEnded", lastEnded(year.fiscalYear()));
		model.addAttribute("grades", Grade.values());
		model.addAttribute("chart",
				year.evaluations()
					.stream()
					.map(l -> Map.of("label", l.projectLabel(), "total", l.evaluation().total(), "grade",
							l.evaluation().grade().name()))
					.toList());
		return "evaluation/list";
	}

	/**
	 * The latest fiscal year up to {@code year} that has ended: the one a running year's
	 * page offers to switch to.
	 */
	private int lastEnded(int year) {
		int y = year;
		while (!evaluations.yearEnded(y)) {
			y--;
		}
		return y;
	}

	/** 开始自评: opens the table and goes to its form. */
	@PostMapping
	String open(@RequestParam long targetId, RedirectAttributes redirect) {
		try {
			SelfEvaluation e = evaluations.open(currentUser.scope(), targetId);
			redirect.addFlashAttribute("message", "已开始自评：预算执行数据和绩效指标已从批复目标和预算执行中带入，请填写实际完成值");
			return "redirect:/evaluations/" + e.id() + "/edit";
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", String.join("；", e.errors().values()));
			return "redirect:/evaluations";
		}
	}

	@GetMapping("/{id}")
	String view(@PathVariable long id, Model model) {
		model.addAttribute("sheet", evaluations.sheet(currentUser.scope(), id));
		return "evaluation/sheet";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @RequestParam(required = false) Long imported, Model model,
			RedirectAttributes redirect) {
		EvaluationSheet sheet = evaluations.sheet(currentUser.scope(), id);
		if (!sheet.mayEdit()) {
			redirect.addFlashAttribute("error", "自评表当前状态为“" + sheet.evaluation().status().label() + "”，或您无权修改");
			return "redirect:/evaluations/" + id;
		}
		SelfEvaluationForm form = SelfEvaluationForm.of(sheet.evaluation());
		if (imported != null) {
			// 实际完成值 from an imported table (文件导入), by indicator name; saved like any
			// entry, under every rule of the self-evaluation
			var rows = imports.indicatorsOf(currentUser.scope(), currentUser.account().username(), imported);
			int taken = form.takeActuals(sheet.evaluation(), rows);
			model.addAttribute("message", "已从导入文书带入 " + taken + " 项指标的实际完成值，请核对、补全后保存");
		}
		model.addAttribute("importable",
				imports.uploadedBy(currentUser.account().username(), org.perfdesk.importing.Kind.PROJECT_SELFEVAL));
		return form(model, sheet, form, Map.of());
	}

	@PostMapping("/{id}/edit")
	String save(@PathVariable long id, @ModelAttribute("form") SelfEvaluationForm form, Model model,
			RedirectAttributes redirect) {
		DataScope scope = currentUser.scope();
		try {
			evaluations.save(scope, id, form.getVersion() == null ? -1 : form.getVersion(), form.toInput());
			redirect.addFlashAttribute("message", "已保存，得分已按计分规则重新计算");
			return "redirect:/evaluations/" + id;
		}
		catch (RuleViolation e) {
			return form(model, evaluations.sheet(scope, id), form, e.errors());
		}
		catch (ConcurrentChange e) {
			return form(model, evaluations.sheet(scope, id), form,
					Map.of("version", e.getMessage() + "。您填写的内容仍在下方，请复制保存后刷新页面查看对方的修改"));
		}
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return act(id, redirect, "已提交，等待部门审核；提交后得分不再重新计算", () -> evaluations.submit(currentUser.scope(), id, version));
	}

	@PostMapping("/{id}/review")
	String review(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) ReviewDecision decision, @RequestParam(required = false) String opinion,
			RedirectAttributes redirect) {
		return act(id, redirect, decision == ReviewDecision.RETURN ? "已退回填报单位修改" : "审核通过", () -> evaluations
			.review(currentUser.scope(), id, version, decision, opinion, currentUser.account().displayName()));
	}

	@GetMapping("/{id}/export.{format:xlsx|docx|pdf}")
	ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable String format) {
		DataScope scope = currentUser.scope();
		EvaluationSheet sheet = evaluations.sheet(scope, id);
		byte[] bytes = switch (format) {
			case "xlsx" -> exports.workbook(sheet);
			case "docx" -> exports.document(sheet);
			default -> exports.pdf(sheet);
		};
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(SelfEvaluationExports.fileName(sheet) + "." + format, StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(switch (format) {
				case "xlsx" -> XLSX;
				case "docx" -> DOCX;
				default -> MediaType.APPLICATION_PDF;
			})
			.body(bytes);
	}

	private String act(long id, RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", success);
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", String.join("；", e.errors().values()));
		}
		catch (ConcurrentChange e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/evaluations/" + id;
	}

	private String form(Model model, EvaluationSheet sheet, SelfEvaluationForm form, Map<String, String> errors) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("form", form);
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		model.addAttribute("bands", Qualitative.Band.values());
		return "evaluation/edit";
	}

}
