package vn.cchc.model.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import vn.cchc.model.SourceLocation;

/**
 * The bytes of a JSON document, passed on unchanged to either Jackson line after checking that they are
 * well-formed UTF-8 (Unicode Table 3-7: no overlong form, no surrogate, nothing above U+10FFFF, no stray or
 * missing continuation byte) without a NUL byte (which JSON text never holds raw: UTF-16 and UTF-32 are
 * refused here, whatever a parser would guess). Jackson 2 let some malformed UTF-8 through where Jackson 3
 * refused it; with this check in front of both, the two lines accept and refuse the same documents, and a
 * refusal names its line and column (the column counted in bytes, as Jackson counts it in byte input).
 * One pass, constant memory; not thread-safe.
 */
final class Utf8Check extends FilterInputStream {
  /** Malformed input, with the place of its first bad byte. */
  static final class MalformedUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient SourceLocation location;

    MalformedUtf8Exception(String message, SourceLocation location) {
      super(message);
      this.location = location;
    }

    SourceLocation location() {
      return location;
    }
  }

  private int line = 1;
  /** How many bytes were checked before the current buffer, and the offset of the current line's first byte. */
  private long consumed;
  private long lineStart;
  private boolean afterCr;
  /** Continuation bytes still expected, and the allowed range of the next one (Table 3-7). */
  private int pending;
  private int nextMin = 0x80;
  private int nextMax = 0xBF;
  private int sequenceLine;
  private int sequenceColumn;

  Utf8Check(InputStream in) {
    super(in);
  }

  /** {@return the place of the next byte: where a parser that stopped here was} */
  SourceLocation location() {
    return place(consumed);
  }

  /** {@return line and column (in bytes, 1-based) of the byte at {@code offset}} */
  private SourceLocation place(long offset) {
    return SourceLocation.of(line, (int) Math.min(Integer.MAX_VALUE, offset - lineStart + 1));
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b < 0) {
      end();
    } else {
      check(b, consumed);
      consumed++;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int off, int len) throws IOException {
    int n = in.read(buffer, off, len);
    if (n < 0) {
      end();
      return n;
    }
    scan(buffer, off, n);
    return n;
  }

  private void scan(byte[] buffer, int off, int n) throws MalformedUtf8Exception {
    long base = consumed - off;
    int end = off + n;
    int i = off;
    while (i < end) {
      if (pending == 0) {
        // Fast paths, all of which only pass over bytes the full check would pass: eight ASCII bytes after '\r'
        // (U+000D) at a time, then one at a time, then the well-formed two- and three-byte letters of Vietnamese
        // text (U+0080–U+07FF; U+1000–U+CFFF, which holds the precomposed letters U+1E00–U+1EFF).
        int start = i;
        while (i + 8 <= end && plainAscii((long) LONGS.get(buffer, i))) {
          i += 8;
        }
        while (i < end && buffer[i] > '\r') {
          i++;
        }
        if (i + 2 < end) {
          int b = buffer[i] & 0xFF;
          if (b >= 0xE1 && b <= 0xEC && (buffer[i + 1] & 0xC0) == 0x80 && (buffer[i + 2] & 0xC0) == 0x80) {
            i += 3;
            afterCr = false;
            continue;
          }
          if (b >= 0xC2 && b <= 0xDF && (buffer[i + 1] & 0xC0) == 0x80) {
            i += 2;
            afterCr = false;
            continue;
          }
        }
        if (i != start) {
          afterCr = false;
        }
        if (i == end) {
          break;
        }
      }
      check(buffer[i] & 0xFF, base + i);
      i++;
    }
    consumed += n;
  }

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  /**
   * {@return whether all eight bytes of {@code w} lie in 0x0E–0x7F} A byte of 0x80 or more sets its top bit in
   * {@code w}; one below 0x0E sets it (or borrows from the byte above, which only sends an ASCII run to the slow
   * path) in {@code w - 0x0E0E…}.
   */
  private static boolean plainAscii(long w) {
    return ((w | (w - 0x0E0E0E0E0E0E0E0EL)) & 0x8080808080808080L) == 0;
  }

  /**
   * {@return whether the first {@code length} {@code bytes} are well-formed UTF-8 without a NUL byte, as this
   * check reads them}
   *
   * @param bytes a whole document
   * @param length how many bytes it has
   */
  static boolean wellFormed(byte[] bytes, int length) {
    Utf8Check check = new Utf8Check(java.io.InputStream.nullInputStream());
    try {
      check.scan(bytes, 0, length);
      check.end();
      return true;
    } catch (MalformedUtf8Exception e) {
      return false;
    }
  }

  /**
   * {@return whether the first bytes of a document (up to four) make a JSON parser read it as UTF-8} Jackson (both
   * lines) takes a document for UTF-16 or UTF-32 when one of its first four bytes is NUL or when it starts with a
   * byte-order mark FE FF or FF FE; no well-formed UTF-8 JSON starts so, and this check refuses every such start.
   *
   * @param start the document's first bytes
   */
  static boolean plainUtf8Start(byte[] start) {
    for (byte b : start) {
      if (b == 0 || b == (byte) 0xFE || b == (byte) 0xFF) {
        return false;
      }
    }
    return true;
  }

  /**
   * One byte sequence of each kind this check refuses, in hexadecimal: a stray continuation byte, overlong forms
   * of two, three and four bytes, UTF-16 surrogates, code points above U+10FFFF, bytes that are never UTF-8, a
   * continuation missing before an ASCII byte or before the string's closing quote, a raw NUL.
   */
  private static final String[] MALFORMED = {"80", "BF", "C0 AF", "C1 BF", "E0 80 80", "E0 9F BF", "ED A0 80",
      "ED BF BF", "F0 80 80 80", "F0 8F BF BF", "F4 90 80 80", "F5 80 80 80", "F8 88 80 80 80", "FE", "FF", "C3 28",
      "E2 28 A1", "E1 BB", "C3", "F0 9F 98", "00"};

  /**
   * {@return whether a parser refuses, by itself, each kind of malformed UTF-8 this check refuses} Each of
   * {@link #MALFORMED} is put in a string value and in a property name, each short and long (the parsers decode
   * them on different paths), and each document is given whole and one byte per read (so that every sequence
   * also spans the end of the parser's buffer). Jackson 3.3 refuses them all; Jackson 2.21 reads an overlong
   * form as the character it encodes, so its codec keeps this check in front of its fast path. Asked once per
   * codec.
   *
   * @param parses whether the parser reads a whole document, decoding every string value and property name,
   *     without an error
   */
  static boolean refusedBy(java.util.function.Predicate<InputStream> parses) {
    String[][] around = {{"{\"a\":\"x", "y\"}"}, {"{\"a\":\"abcdefghijklmnopqrstuvwxyz0123456789", "y\"}"},
        {"{\"x", "y\":1}"}, {"{\"abcdefghijklmnopqrstuvwxyz0123456789", "y\":1}"}};
    for (String hex : MALFORMED) {
      String[] parts = hex.split(" ");
      byte[] bad = new byte[parts.length];
      for (int i = 0; i < parts.length; i++) {
        bad[i] = (byte) Integer.parseInt(parts[i], 16);
      }
      for (String[] where : around) {
        byte[] head = where[0].getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] tail = where[1].getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] doc = java.util.Arrays.copyOf(head, head.length + bad.length + tail.length);
        System.arraycopy(bad, 0, doc, head.length, bad.length);
        System.arraycopy(tail, 0, doc, head.length + bad.length, tail.length);
        if (parses.test(new java.io.ByteArrayInputStream(doc)) || parses.test(new OneByteAtATime(doc))) {
          return false;
        }
      }
    }
    return true;
  }

  /** A document handed over one byte per read. */
  private static final class OneByteAtATime extends InputStream {
    private final byte[] bytes;
    private int next;

    OneByteAtATime(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return next < bytes.length ? bytes[next++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      int c = read();
      if (c < 0) {
        return -1;
      }
      b[off] = (byte) c;
      return 1;
    }
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] b = new byte[(int) Math.min(n, 8192)];
    int r = read(b, 0, b.length);
    return Math.max(r, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void end() throws MalformedUtf8Exception {
    if (pending > 0) {
      throw new MalformedUtf8Exception("malformed UTF-8: the document ends inside a multi-byte character",
          SourceLocation.of(sequenceLine, sequenceColumn));
    }
  }

  /**
   * Checks the byte at {@code offset} of the document. Only line breaks move the line; the column of a byte is its
   * distance from the line's first byte, so that ordinary bytes need no counting.
   */
  private void check(int b, long offset) throws MalformedUtf8Exception {
    if (pending > 0) {
      if (b < nextMin || b > nextMax) {
        throw new MalformedUtf8Exception(String.format("malformed UTF-8: byte 0x%02X cannot continue the character "
            + "started at %d:%d", b, sequenceLine, sequenceColumn), place(offset));
      }
      pending--;
      nextMin = 0x80;
      nextMax = 0xBF;
      return;
    }
    if (b == 0) {
      throw new MalformedUtf8Exception("a NUL byte: JSON is read as UTF-8 (not UTF-16 or UTF-32), and NUL is never "
          + "raw in JSON text", place(offset));
    }
    if (b < 0x80) {
      if (b == '\n') {
        if (!afterCr) {
          line++;
        }
        lineStart = offset + 1;
      } else if (b == '\r') {
        line++;
        lineStart = offset + 1;
      }
      afterCr = b == '\r';
      return;
    }
    afterCr = false;
    sequenceLine = line;
    sequenceColumn = (int) Math.min(Integer.MAX_VALUE, offset - lineStart + 1);
    if (b >= 0xC2 && b <= 0xDF) {
      pending = 1;
    } else if (b == 0xE0) {
      pending = 2;
      nextMin = 0xA0;
    } else if (b >= 0xE1 && b <= 0xEC || b == 0xEE || b == 0xEF) {
      pending = 2;
    } else if (b == 0xED) {
      pending = 2;
      nextMax = 0x9F; // no UTF-16 surrogate encoded as UTF-8
    } else if (b == 0xF0) {
      pending = 3;
      nextMin = 0x90;
    } else if (b >= 0xF1 && b <= 0xF3) {
      pending = 3;
    } else if (b == 0xF4) {
      pending = 3;
      nextMax = 0x8F; // nothing above U+10FFFF
    } else {
      throw new MalformedUtf8Exception(String.format("malformed UTF-8: byte 0x%02X cannot %s", b,
          b < 0xC0 ? "start a character" : "be in UTF-8 (overlong or beyond U+10FFFF)"), place(offset));
    }
  }
}
