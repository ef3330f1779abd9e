package org.perfdesk.audit;

import java.time.LocalDate;
import java.util.List;

import org.perfdesk.org.CurrentUser;
import org.perfdesk.org.DataScope;
import org.perfdesk.org.Role;
import org.perfdesk.shared.RecordChanged.Action;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 操作日志 pages: the filtered list and one record's history (an htmx fragment embedded in
 * record pages). Read-only: there is no mapping that changes an entry.
 */
@Controller
@RequestMapping("/audit")
class AuditController {

	/**
	 * Lines per page of the log: enough to scan, few enough that the page renders fast
	 * (docs/benchmarks.md).
	 */
	static final int PAGE_SIZE = 100;

	/** A record's history is shown whole, up to this many lines. */
	static final int HISTORY_LIMIT = 500;

	static final java.util.Set<String> ADMINISTRATOR_RECORD_TYPES = java.util.Set
		.of(org.perfdesk.shared.RecordType.UNIT.name(), org.perfdesk.shared.RecordType.ACCOUNT.name());

	private final AuditRepository entries;

	private final CurrentUser currentUser;

	AuditController(AuditRepository entries, CurrentUser currentUser) {
		this.entries = entries;
		this.currentUser = currentUser;
	}

	@GetMapping
	String list(@RequestParam(required = false) String username, @RequestParam(required = false) String recordType,
			@RequestParam(required = false) Long recordId, @RequestParam(required = false) Action action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String fragment, @RequestParam(defaultValue = "0") int page, Model model) {
		var filter = new AuditFilter(username, recordType, recordId, action, from, to);
		int current = Math.max(0, page);
		// one line more than a page tells whether a next page exists
		List<AuditEntry> found = find(filter, PAGE_SIZE + 1, current * PAGE_SIZE);
		model.addAttribute("entries", found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found);
		model.addAttribute("page", current);
		model.addAttribute("hasNext", found.size() > PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("actions", Action.values());
		model.addAttribute("recordTypes",
				currentUser.scope().role() == org.perfdesk.org.Role.ADMINISTRATOR
						? java.util.List.of(org.perfdesk.shared.RecordType.UNIT, org.perfdesk.shared.RecordType.ACCOUNT)
						: java.util.List.of(org.perfdesk.shared.RecordType.values()));
		model.addAttribute("limit", PAGE_SIZE);
		return fragment != null ? "audit/entries :: table" : "audit/entries";
	}

	/** One record's history, newest first. */
	@GetMapping("/history")
	String history(@RequestParam String recordType, @RequestParam long recordId, Model model) {
		model.addAttribute("entries",
				find(new AuditFilter(null, recordType, recordId, null, null, null), HISTORY_LIMIT, 0));
		return "audit/history :: history";
	}

	private List<AuditEntry> find(AuditFilter filter, int limit, int offset) {
		DataScope scope = currentUser.scope();
		if (scope.role() == Role.ADMINISTRATOR) {
			// the administrator answers for people and organisation: every such line, and
			// no business record
			return entries.find(scope, true, filter, ADMINISTRATOR_RECORD_TYPES, limit, offset);
		}
		return entries.find(scope, scope.everything(), filter, null, limit, offset);
	}

}
