package org.perfdesk.importing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/perfdesk extract}: one JSON object per file on standard output, in the order
 * given, nothing else there; a file that cannot be read gives an object with an error and
 * the run goes on.
 */
class ExtractCommandTests {

	@TempDir
	Path dir;

	@Test
	void printsOneObjectPerFileInOrderAndGoesOnPastABadOne() throws Exception {
		Path fixtures = ExtractionFixturesTests.fixtures();
		Path first;
		Path second;
		try (var files = Files.list(fixtures)) {
			List<Path> docs = files.filter(p -> p.toString().endsWith(".md")).sorted().limit(2).toList();
			first = docs.get(0);
			second = docs.get(1);
		}
		Path broken = dir.resolve("损坏.docx");
		Files.write(broken, new byte[] { 'P', 'K', 3, 4, 1, 2, 3 });
		Path empty = dir.resolve("empty.txt");
		Files.write(empty, new byte[0]);
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		int code = ExtractCommand.run(
				List.of(first.toString(), broken.toString(), dir.resolve("不存在.pdf").toString(), empty.toString(),
						second.toString()),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(code).isZero();
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(5);
		List<JsonNode> objects = lines.stream().map(ExtractionFixturesTests.JSON::readTree).toList();
		assertThat(objects).extracting(o -> o.get("file").asString())
			.containsExactly(first.toString(), broken.toString(), dir.resolve("不存在.pdf").toString(), empty.toString(),
					second.toString());
		assertThat(objects.get(0).get("kind").asString()).isEqualTo("project-selfeval");
		assertThat(objects.get(0).has("error")).isFalse();
		assertThat(objects.get(1).get("error").asString()).contains("无法读取");
		assertThat(objects.get(2).get("error").asString()).isEqualTo("文件不存在");
		assertThat(objects.get(3).get("error").asString()).isEqualTo("文件是空的");
		assertThat(objects.get(4).get("indicators").size()).isPositive();
		// every documented field is there, null where unknown
		assertThat(objects.get(0).propertyNames()).containsExactly("file", "kind", "unit", "project", "year",
				"money_unit", "budget_initial", "budget_full_year", "spent", "execution_rate_reported",
				"total_score_reported", "indicators", "findings", "problems");
	}

	@Test
	void withoutFilesItSaysHowToUseItOnStandardError() {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		int code = ExtractCommand.run(List.of(), new PrintStream(out),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(code).isEqualTo(2);
		assertThat(out.size()).isZero();
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("用法");
	}

}
