package org.perfdesk.importing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML fixtures with row and column spans, written as .docx, .xlsx, .xls and PDF
 * ({@link FixtureFormats}), must yield what their one expected JSON says in every format:
 * the same cells reach the extractor whether Word merged them, Excel did or a PDF printed
 * them. The generated files are left in target/importing-formats for a person to open.
 */
class OfficeFormatsTests {

	/** By name, whatever number make_fixtures.py gave them. */
	static final List<String> FIXTURES = List.of("project-selfeval-html-spans", "rate-within-the-amounts-rounding",
			"rate-beyond-the-amounts-rounding", "met-in-words-but-deducted");

	@TestFactory
	Stream<DynamicTest> eachFormatYieldsTheSameExtraction() throws Exception {
		Path dir = ExtractionFixturesTests.fixtures();
		Path out = Path.of("target", "importing-formats");
		Files.createDirectories(out);
		DocumentExtractor extractor = new DocumentExtractor();
		List<DynamicTest> tests = new ArrayList<>();
		for (String fixture : FIXTURES) {
			Path html;
			try (Stream<Path> files = Files.list(dir)) {
				html = files.filter(p -> p.getFileName().toString().matches("\\d+-" + fixture + "\\.html"))
					.findFirst()
					.orElseThrow(() -> new AssertionError("no fixture " + fixture + ".html"));
			}
			String name = html.getFileName().toString().replace(".html", "");
			FixtureFormats.Page page = FixtureFormats.page(Files.readString(html, StandardCharsets.UTF_8));
			JsonNode expected = ExtractionFixturesTests.JSON
				.readTree(Files.readString(dir.resolve(name + ".expected.json")));
			for (String format : List.of("docx", "xlsx", "xls", "pdf", "centred.pdf")) {
				tests.add(DynamicTest.dynamicTest(name + "." + format, () -> {
					byte[] bytes = switch (format) {
						case "docx" -> FixtureFormats.docx(page);
						case "xlsx" -> FixtureFormats.xlsx(page);
						case "xls" -> FixtureFormats.xls(page);
						case "pdf" -> FixtureFormats.pdf(page);
						default -> FixtureFormats.pdf(page, true);
					};
					Files.write(out.resolve(name + "." + format), bytes);
					Extraction extraction = extractor.extract(name + "." + format, bytes);
					JsonNode actual = ExtractionFixturesTests.JSON.valueToTree(ExtractCommand.json(extraction));
					List<String> differences = new ArrayList<>();
					ExtractionFixturesTests.compare("", expected, actual, differences);
					assertThat(differences).as("%s.%s%n%s", name, format, actual).isEmpty();
				}));
			}
		}
		return tests.stream();
	}

}
