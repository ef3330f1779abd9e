package org.perfdesk.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every form of {@link FormGrid} prints with, read back from its files for the
 * export tests of every module: the .xlsx one page wide and as many long as it needs, its
 * column headings as print titles, the signature lines under the table; the .docx with
 * the headings as repeated header rows of the table they head, no row split across pages,
 * no column too narrow for two characters, and the signature lines.
 */
public final class PrintChecks {

	/** Two characters of 10.5 pt and the cell's margins, in twips. */
	static final int NARROWEST_TWIPS = 2 * 210 + 2 * 57;

	private PrintChecks() {
	}

	/**
	 * @param heading the text of the first header row (e.g. "绩效指标")
	 * @param headerRows how many rows the header has
	 */
	public static void assertPrintable(byte[] xlsx, byte[] docx, String heading, int headerRows) {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
				var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getFitToPage()).isTrue();
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
			var titles = sheet.getRepeatingRows();
			assertThat(titles).as("print titles").isNotNull();
			assertThat(titles.getLastRow() - titles.getFirstRow() + 1).isEqualTo(headerRows);
			assertThat(sheet.getRow(titles.getFirstRow()).getCell(0).getStringCellValue()).isEqualTo(heading);
			String below = sheet.getRow(sheet.getLastRowNum() - 1).getCell(0).getStringCellValue() + "\n"
					+ sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue();
			assertThat(below).contains("填报人：", "联系电话：", "审核人：", "单位（盖章）：", "日期：");

			List<XWPFTable> tables = document.getTables();
			XWPFTable headed = tables.stream()
				.filter(t -> t.getRow(0).getCell(0).getText().equals(heading))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no table starting with " + heading));
			for (int r = 0; r < headed.getNumberOfRows(); r++) {
				assertThat(headed.getRow(r).isRepeatHeader()).as("row %d repeats", r).isEqualTo(r < headerRows);
			}
			for (XWPFTable table : tables) {
				assertThat(table.getRows()).allMatch(XWPFTableRow::isCantSplitRow);
				table.getCTTbl()
					.getTblGrid()
					.getGridColList()
					.forEach(col -> assertThat(((java.math.BigInteger) col.getW()).intValue())
						.isGreaterThanOrEqualTo(NARROWEST_TWIPS));
			}
			String paragraphs = String.join("\n",
					document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
			assertThat(paragraphs).contains("填报人：", "联系电话：", "审核人：", "单位（盖章）：", "日期：");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
