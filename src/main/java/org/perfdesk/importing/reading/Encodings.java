package org.perfdesk.importing.reading;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * The text of a file whose encoding nobody wrote down: a byte-order mark decides; else
 * UTF-8 when the bytes are valid UTF-8 (GBK text almost never is); else what ICU's
 * detector says, with GB18030 (a superset of GBK and GB2312) for every Chinese guess and
 * for no guess at all, since that is what a Chinese government file not in UTF-8 is.
 */
public final class Encodings {

	private static final Charset GB18030 = Charset.forName("GB18030");

	private Encodings() {
	}

	public static String decode(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
			return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		}
		if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
		}
		if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return new String(bytes, charsetOf(bytes));
		}
	}

	static Charset charsetOf(byte[] bytes) {
		CharsetDetector detector = new CharsetDetector();
		detector.setText(bytes);
		CharsetMatch match = detector.detect();
		if (match != null && match.getConfidence() >= 50) {
			String name = match.getName();
			if (name.startsWith("UTF-16") || name.equals("Big5")) {
				return Charset.forName(name);
			}
		}
		return GB18030;
	}

}
