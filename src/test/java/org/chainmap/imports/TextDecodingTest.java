package org.chainmap.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {
    private static final String TEXT = "uscc,name\n91350100M000100Y43,青岛即墨纺织服装有限公司\n";

    @Test
    void shouldReadUtf8WithoutBom() {
        assertThat(TextDecoding.decode(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
    }

    @Test
    void shouldReadUtf8AndDropTheBom() {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(TextDecoding.decode(withBom)).isEqualTo(TEXT);
    }

    @Test
    void shouldReadGb18030AsExcelSavesItOnChineseWindows() {
        assertThat(TextDecoding.decode(TEXT.getBytes(TextDecoding.GB18030))).isEqualTo(TEXT);
    }

    @Test
    void shouldReadGbk() {
        assertThat(TextDecoding.decode(TEXT.getBytes(Charset.forName("GBK")))).isEqualTo(TEXT);
    }

    @Test
    void shouldKeepPlainAsciiAsUtf8() {
        assertThat(TextDecoding.detect(
                        () -> new java.io.ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(StandardCharsets.UTF_8);
    }
}
