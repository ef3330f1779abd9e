package org.perfdesk;

import java.time.Clock;

import org.perfdesk.shared.FiscalYear;

/**
 * The current fiscal year as the demo data computes it (China Standard Time), for tests
 * that read the demo city.
 */
public final class DemoYear {

	private DemoYear() {
	}

	public static int current() {
		return FiscalYear.current(Clock.system(PerfDeskApplication.ZONE)).value();
	}

}
