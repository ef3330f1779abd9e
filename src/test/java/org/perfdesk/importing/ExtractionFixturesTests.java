package org.perfdesk.importing;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fixture document (src/test/resources/importing/fixtures, written by
 * make_fixtures.py in the shapes published documents come in) is extracted as
 * {@code bin/perfdesk extract} would, and its JSON must hold what the fixture's
 * {@code .expected.json} says: each field given there equal (numbers by value), every
 * indicator row in order, and exactly the finding codes listed, no more.
 */
class ExtractionFixturesTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static Path fixtures() throws URISyntaxException {
		return Path.of(ExtractionFixturesTests.class.getResource("/importing/fixtures").toURI());
	}

	@TestFactory
	Stream<DynamicTest> everyFixtureYieldsWhatItsExpectedJsonSays() throws Exception {
		List<Path> documents;
		try (Stream<Path> files = Files.list(fixtures())) {
			documents = files.filter(p -> !p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
		}
		assertThat(documents).as("fixtures").hasSizeGreaterThanOrEqualTo(40);
		DocumentExtractor extractor = new DocumentExtractor();
		return documents.stream().map(document -> DynamicTest.dynamicTest(document.getFileName().toString(), () -> {
			Path expectedFile = expected(document);
			JsonNode expected = JSON.readTree(Files.readString(expectedFile));
			Extraction extraction = extractor.extract(document.getFileName().toString(), Files.readAllBytes(document));
			JsonNode actual = JSON.valueToTree(ExtractCommand.json(extraction));
			List<String> differences = new ArrayList<>();
			compare("", expected, actual, differences);
			assertThat(differences)
				.as("%s%n%s", document.getFileName(), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual))
				.isEmpty();
		}));
	}

	static Path expected(Path document) {
		String name = document.getFileName().toString();
		return document.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
	}

	/**
	 * Every field of the expected object must be in the actual one and equal; arrays must
	 * be as long and match element by element (findings by code only).
	 */
	static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
		if (expected.isObject()) {
			if (actual == null || !actual.isObject()) {
				differences.add(path + ": expected an object, was " + actual);
				return;
			}
			for (Map.Entry<String, JsonNode> field : expected.properties()) {
				compare(path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()), differences);
			}
		}
		else if (expected.isArray()) {
			if (actual == null || !actual.isArray() || actual.size() != expected.size()) {
				differences.add(path + ": expected " + expected + ", was " + actual);
				return;
			}
			for (int i = 0; i < expected.size(); i++) {
				compare(path + "[" + i + "]", expected.get(i), actual.get(i), differences);
			}
		}
		else if (expected.isNull()) {
			if (actual != null && !actual.isNull()) {
				differences.add(path + ": expected null, was " + actual);
			}
		}
		else if (expected.isNumber()) {
			if (actual == null || !actual.isNumber()
					|| new BigDecimal(expected.asString()).compareTo(new BigDecimal(actual.asString())) != 0) {
				differences.add(path + ": expected " + expected + ", was " + actual);
			}
		}
		else if (actual == null || !expected.equals(actual)) {
			differences.add(path + ": expected " + expected + ", was " + actual);
		}
	}

}
