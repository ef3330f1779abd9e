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
 * 操作日志 pages: the filtered list and one record's history (an htmx fragment embedded in record pages).
 * Read-only: there is no mapping that changes an entry.
 */
@Controller
@RequestMapping("/audit")
class AuditController {

	static final int PAGE_LIMIT = 500;

	static final java.util.Set<String> ADMINISTRATOR_RECORD_TYPES = java.util.Set.of(org.perfdesk.shared.RecordType.UNIT.name(), org.perfdesk.shared.RecordType.ACCOUNT.name());

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
			@RequestParam(required = false) String fragment, Model model) {
		var filter = new AuditFilter(username, recordType, recordId, action, from, to);
		model.addAttribute("entries", find(filter));
		model.addAttribute("filter", filter);
		model.addAttribute("actions", Action.values());
		model.addAttribute("recordTypes", currentUser.scope().role() == org.perfdesk.org.Role.ADMINISTRATOR
				? java.util.List.of(org.perfdesk.shared.RecordType.UNIT, org.perfdesk.shared.RecordType.ACCOUNT)
				: java.util.List.of(org.perfdesk.shared.RecordType.values()));
		model.addAttribute("limit", PAGE_LIMIT);
		return fragment != null ? "audit/entries :: table" : "audit/entries";
	}

	/** One record's history, newest first. */
	@GetMapping("/history")
	String history(@RequestParam String recordType, @RequestParam long recordId, Model model) {
		model.addAttribute("entries", find(new AuditFilter(null, recordType, recordId, null, null, null)));
		return "audit/history :: history";
	}

	private List<AuditEntry> find(AuditFilter filter) {
		DataScope scope = currentUser.scope();
		if (scope.role() == Role.ADMINISTRATOR) {
			// the administrator answers for people and organisation: every such line, and no business record
			return entries.find(scope, true, filter, ADMINISTRATOR_RECORD_TYPES, PAGE_LIMIT);
		}
		return entries.find(scope, scope.everything(), filter, null, PAGE_LIMIT);
	}
}
