package org.chainmap.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Picks the encoding of a CSV file as Excel and WPS save them in China: UTF-8 with a byte-order mark, UTF-8 without
 * one, or GB18030 (a superset of GBK and GB2312). A file that is not valid UTF-8 throughout is read as GB18030.
 */
final class TextDecoding {
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextDecoding() {}

    /** The charset of the bytes {@code open} supplies; reads them once to check UTF-8 validity. */
    static Charset detect(Supplier<InputStream> open) {
        try (InputStream in = open.get()) {
            CharsetDecoder utf8 = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
            CharBuffer chars = CharBuffer.allocate(64 * 1024);
            byte[] chunk = new byte[64 * 1024];
            int n;
            while ((n = in.read(chunk, 0, bytes.remaining())) >= 0) {
                bytes.put(chunk, 0, n);
                bytes.flip();
                var result = utf8.decode(bytes, chars, false);
                if (result.isError()) {
                    return GB18030;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            if (utf8.decode(bytes, chars, true).isError() || utf8.flush(chars).isError()) {
                return GB18030;
            }
            return StandardCharsets.UTF_8;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reader over the bytes in the detected charset, with a UTF-8 byte-order mark skipped. */
    static Reader reader(Supplier<InputStream> open) throws IOException {
        Charset charset = detect(open);
        InputStream in = open.get();
        if (charset.equals(StandardCharsets.UTF_8)) {
            in = skipBom(in);
        }
        return new InputStreamReader(
                in,
                charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    private static InputStream skipBom(InputStream in) throws IOException {
        var buffered = new java.io.BufferedInputStream(in, 64 * 1024);
        buffered.mark(3);
        byte[] head = buffered.readNBytes(3);
        if (!java.util.Arrays.equals(head, BOM)) {
            buffered.reset();
        }
        return buffered;
    }

    /** Decodes a whole byte array as {@link #reader} would; for tests and small inputs. */
    static String decode(byte[] bytes) {
        try (Reader r = reader(() -> new ByteArrayInputStream(bytes))) {
            return new String(readAll(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static char[] readAll(Reader r) throws IOException {
        var out = new java.io.CharArrayWriter();
        r.transferTo(out);
        return out.toCharArray();
    }
}
