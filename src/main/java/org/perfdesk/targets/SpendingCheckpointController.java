package org.perfdesk.targets;

import java.util.stream.IntStream;

import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.Role;
import org.perfdesk.shared.FiscalYear;
import org.perfdesk.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 支出计划节点设置: the checkpoint months of each fiscal year around the chosen one, as the 指标体系
 * page lists its schemes; the finance reviewer changes them, others read.
 */
@Controller
@RequestMapping("/settings/spending-plan")
class SpendingCheckpointController {

	static final int YEARS_AROUND = 2;

	private final SpendingCheckpointSettings settings;

	private final CurrentUser currentUser;

	SpendingCheckpointController(SpendingCheckpointSettings settings, CurrentUser currentUser) {
		this.settings = settings;
		this.currentUser = currentUser;
	}

	@GetMapping
	String show(Model model) {
		int year = currentUser.fiscalYear().value();
		model.addAttribute("checkpoints",
				IntStream.rangeClosed(year - YEARS_AROUND, year + YEARS_AROUND)
					.filter(FiscalYear::isValid)
					.mapToObj(settings::checkpoints)
					.toList());
		model.addAttribute("canChoose", currentUser.scope().role() == Role.FINANCE_REVIEWER);
		return "targets/spending-plan";
	}

	@PostMapping
	String choose(@RequestParam int year, @RequestParam(required = false) String months, RedirectAttributes redirect) {
		try {
			SpendingCheckpoints saved = settings.choose(currentUser.scope(), year, SpendingCheckpoints.parse(months));
			redirect.addFlashAttribute("message", year + " 年度的支出计划节点已设为 " + saved.text());
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/settings/spending-plan";
	}

}
