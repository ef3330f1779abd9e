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

}
