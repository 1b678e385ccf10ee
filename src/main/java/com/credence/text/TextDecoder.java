package com.credence.text;

import com.credence.base.InvalidInputException;
import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns uploaded bytes into text. The charset comes from a byte-order mark, else (HTML) the meta
 * tag, else detection: valid UTF-8 is UTF-8; text without any UTF-8 sequence is given to ICU's
 * detector. Decoding is strict: an invalid byte sequence is refused, never replaced. Binary data
 * (NUL bytes, many control characters) is refused as well.
 */
public final class TextDecoder {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> DETECTABLE = Set.of("ISO-8859-1", "windows-1252", "ISO-8859-2", "windows-1250",
            "ISO-8859-15", "windows-1251", "KOI8-R", "ISO-8859-7", "windows-1253", "ISO-8859-9", "windows-1254");

    private TextDecoder() {
    }

    public static String decode(byte[] bytes, boolean html) {
        if (looksBinary(bytes)) {
            throw new InvalidInputException("This file is binary data, not text. Upload a .txt, .md or .html file.");
        }
        int bomLength = 0;
        Charset charset = null;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        } else if (html) {
            charset = declaredCharset(bytes);
        }
        if (charset == null) {
            charset = detect(bytes);
        }
        return strict(bytes, bomLength, charset);
    }

    private static @Nullable Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1);
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidInputException("The HTML declares the character set '" + name + "', which Credence does not know.");
        }
    }

    private static Charset detect(byte[] bytes) {
        boolean anyHighByte = false;
        for (byte b : bytes) {
            if (b < 0) {
                anyHighByte = true;
                break;
            }
        }
        if (!anyHighByte || isValidUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        if (containsUtf8Sequence(bytes)) {
            // Mostly UTF-8 with broken sequences: refuse rather than guess.
            return StandardCharsets.UTF_8;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getConfidence() >= 30 && DETECTABLE.contains(match.getName())) {
                return Charset.forName(match.getName());
            }
        }
        throw new InvalidInputException("The text is not valid UTF-8 and its character set could not be recognised. "
                + "Save it as UTF-8 and try again.");
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (MalformedInputException e) {
            throw new InvalidInputException("The text is not valid " + charset.displayName(Locale.ROOT)
                    + ": it has an invalid byte sequence. Nothing was imported.");
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("The text cannot be read as " + charset.displayName(Locale.ROOT) + ". Nothing was imported.");
        }
    }

    static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Whether the bytes hold at least one well-formed multi-byte UTF-8 sequence. */
    private static boolean containsUtf8Sequence(byte[] bytes) {
        for (int i = 0; i < bytes.length - 1; i++) {
            int b = bytes[i] & 0xFF;
            int need = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 ? 2 : b >= 0xC2 && b <= 0xDF ? 1 : 0;
            if (b >= 0xF5) {
                need = 0;
            }
            if (need == 0 || i + need >= bytes.length) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k <= need; k++) {
                ok &= (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    static boolean looksBinary(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return false; // UTF-16 has NUL bytes by design
        }
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return sample > 0 && control * 20 > sample;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
