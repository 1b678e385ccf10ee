package com.credence.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credence.base.InvalidInputException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8WithAndWithoutBom() {
        String text = "“Café” — 東京 😀";
        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), false)).isEqualTo(text);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(TextDecoder.decode(concat(bom, text.getBytes(StandardCharsets.UTF_8)), false)).isEqualTo(text);
    }

    @Test
    void utf16ByItsByteOrderMark() {
        String text = "Bridge “closed” 東京";
        assertThat(TextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)), false))
                .isEqualTo(text);
        assertThat(TextDecoder.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)), false))
                .isEqualTo(text);
    }

    @Test
    void htmlMetaCharsetIsHonoured() {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>“Café” costs €5</p></body></html>";
        assertThat(TextDecoder.decode(html.getBytes(Charset.forName("windows-1252")), true)).isEqualTo(html);
    }

    @Test
    void singleByteTextWithoutDeclarationIsDetected() {
        String text = "The café owners said the décor was “très chic”, but the price of crème brûlée rose again. "
                + "Résumé: naïve façade, déjà vu, à la carte, señor.";
        assertThat(TextDecoder.decode(text.getBytes(Charset.forName("windows-1252")), false)).isEqualTo(text);
    }

    @Test
    void invalidUtf8IsRefusedNotReplaced() {
        byte[] valid = "Café owners said ".getBytes(StandardCharsets.UTF_8);
        byte[] broken = concat(valid, new byte[] {(byte) 0xC3, (byte) 0x28, 'x'});
        assertThatThrownBy(() -> TextDecoder.decode(broken, false)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("invalid byte sequence");
        byte[] bomThenBroken = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {'a', (byte) 0xFF, 'b'});
        assertThatThrownBy(() -> TextDecoder.decode(bomThenBroken, false)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void binaryIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> TextDecoder.decode(png, false)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("binary");
    }
}
