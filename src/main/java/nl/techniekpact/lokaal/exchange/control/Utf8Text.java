package nl.techniekpact.lokaal.exchange.control;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text of one file; bytes that are not UTF-8 are kept as markers so the cell they sit in can be
 * named.
 */
final class Utf8Text {

  /** A lone surrogate: valid UTF-8 never decodes to one, so it marks exactly the refused bytes. */
  static final char NOT_UTF8 = '\uDFFF';

  private final String text;
  private final List<Integer> notUtf8;
  private final int[] lineStarts;

  private Utf8Text(String text, List<Integer> notUtf8) {
    this.text = text;
    this.notUtf8 = List.copyOf(notUtf8);
    this.lineStarts = lineStarts(text);
  }

  /** Skips a UTF-8 byte order mark: Excel writes one when saving "CSV UTF-8". */
  static Utf8Text decode(byte[] bytes) {
    int skip =
        bytes.length >= 3
                && bytes[0] == (byte) 0xEF
                && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF
            ? 3
            : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    // Every byte yields at most one char and every refused sequence one marker, so this never
    // overflows.
    CharBuffer out = CharBuffer.allocate(bytes.length - skip);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<Integer> notUtf8 = new ArrayList<>();
    for (CoderResult result = decoder.decode(in, out, true);
        !result.isUnderflow();
        result = decoder.decode(in, out, true)) {
      if (!result.isError()) {
        throw new IllegalStateException("UTF-8 decoding overflowed: " + result);
      }
      notUtf8.add(out.position());
      out.put(NOT_UTF8);
      in.position(in.position() + result.length());
    }
    decoder.flush(out);
    return new Utf8Text(out.flip().toString(), notUtf8);
  }

  String text() {
    return text;
  }

  /** Character positions of the markers, ascending. */
  List<Integer> notUtf8() {
    return notUtf8;
  }

  /** The line (first = 1) holding a character position; LF, CR LF and a lone CR each end a line. */
  int lineOf(long position) {
    int found = Arrays.binarySearch(lineStarts, (int) position);
    return found >= 0 ? found + 1 : -found - 1;
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}
