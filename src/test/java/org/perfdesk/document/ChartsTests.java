package org.perfdesk.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartsTests {

	@Test
	void aBarChartIsAPngOfTwicePrintedSizeWithBarsInTheApplicationsColours() throws Exception {
		byte[] png = Charts.bars("预算与支出", "万元", List.of("人员经费", "公用经费", "“三公”经费"),
				List.of(new Charts.Series("预算数",
						List.of(new BigDecimal("186.40"), new BigDecimal("32.80"), new BigDecimal("4.80"))),
						new Charts.Series("支出数",
								List.of(new BigDecimal("180.81"), new BigDecimal("31.82"), new BigDecimal("4.21")))),
				430, 220);
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "documents", "chart.png"), png);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(430 * Charts.SCALE);
		assertThat(image.getHeight()).isEqualTo(220 * Charts.SCALE);
		int navy = 0;
		for (int x = 0; x < image.getWidth(); x += 2) {
			for (int y = 0; y < image.getHeight(); y += 2) {
				if ((image.getRGB(x, y) & 0xffffff) == 0x1d3f72) {
					navy++;
				}
			}
		}
		// the 预算数 bars cover a good share of the picture
		assertThat(navy).isGreaterThan(2000);
	}

	@Test
	void aSeriesWithTheWrongNumberOfValuesIsRefused() {
		assertThatThrownBy(() -> Charts.bars(null, "分", List.of("a", "b"),
				List.of(new Charts.Series("x", List.of(BigDecimal.ONE))), 100, 100))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
