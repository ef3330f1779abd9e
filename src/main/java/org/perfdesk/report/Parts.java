package org.perfdesk.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.perfdesk.document.Manuscript.Block;

/**
 * The generated parts of one kind of report by the names its outlines use, in the order
 * the outline editor lists them. Each kind fills one with functions of its data.
 *
 * @param <D> the data one rendering of the kind gathers
 */
public final class Parts<D> {

	private final Map<String, Function<D, List<Block>>> parts = new LinkedHashMap<>();

	public Parts<D> put(String name, Function<D, List<Block>> part) {
		parts.put(name, part);
		return this;
	}

	public Set<String> names() {
		return java.util.Collections.unmodifiableSet(parts.keySet());
	}

	/**
	 * The blocks of a part; an outline names only parts of its kind (checked when it is
	 * parsed).
	 */
	public List<Block> render(String name, D data) {
		var part = parts.get(name);
		if (part == null) {
			throw new IllegalArgumentException("no generated part " + name);
		}
		return part.apply(data);
	}

}
