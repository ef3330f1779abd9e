package org.perfdesk.consistency;

import java.util.List;

/**
 * A printed total that should equal the sum of printed parts (a negative part subtracts,
 * e.g. a budget cut).
 */
public record StatedSum(Figure total, List<Figure> parts) {

	public StatedSum {
		parts = List.copyOf(parts);
	}
}
