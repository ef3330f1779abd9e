package org.perfdesk.consistency;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The registry of checks: the ten standard ones plus every {@link Check} bean another
 * module declares (an importer's check of a layout it reads, a report's check of its own
 * totals). Callers ask it for a checker instead of building one, so a check registered
 * once is run on entered, imported and generated tables alike.
 */
@Service
public class ConsistencyChecks {

	private final List<Check> registered;

	@Autowired
	ConsistencyChecks(ObjectProvider<Check> registered) {
		this.registered = registered.orderedStream().toList();
	}

	/** With these checks registered, for callers outside Spring. */
	public ConsistencyChecks(List<Check> registered) {
		this.registered = List.copyOf(registered);
	}

	/**
	 * The standard checks, 反向 rows by the given rule, then the registered ones in bean
	 * order.
	 */
	public ConsistencyChecker checker(ReverseRule reverse) {
		return new ConsistencyChecker(reverse).and(registered);
	}

	/** The codes of the registered checks beyond the standard ten. */
	public List<String> registeredCodes() {
		return registered.stream().map(Check::code).toList();
	}

}
