package org.perfdesk.importing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An extraction as the JSON object {@code bin/perfdesk extract} prints, which is also how
 * an uploaded document keeps what was read from it.
 */
final class ExtractionJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ExtractionJson() {
	}

	static String write(Extraction e) {
		return JSON.writeValueAsString(ExtractCommand.json(e));
	}

	static JsonNode read(String json) {
		return JSON.readTree(json);
	}

	/** The indicator rows, without the child rows whose parent carries their weight. */
	static java.util.List<ImportedIndicator> indicators(String json) {
		java.util.List<ImportedIndicator> rows = new java.util.ArrayList<>();
		for (JsonNode i : read(json).get("indicators")) {
			if (!i.get("parent").isNull()) {
				continue;
			}
			rows.add(new ImportedIndicator(text(i.get("level1")), text(i.get("level2")), text(i.get("name")),
					text(i.get("target")), text(i.get("actual")),
					i.get("weight").isNull() ? null : i.get("weight").decimalValue()));
		}
		return rows;
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() ? null : node.asString();
	}

}
