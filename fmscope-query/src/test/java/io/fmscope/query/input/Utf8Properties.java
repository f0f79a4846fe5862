package io.fmscope.query.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class Utf8Properties {

    /** Our check must agree with the JDK's strict decoder (plus the NUL rule). */
    @Property(tries = 3000)
    void isTextAgreesWithTheStrictDecoder(@ForAll byte[] bytes) {
        boolean jdk;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            jdk = true;
        } catch (CharacterCodingException e) {
            jdk = false;
        }
        boolean hasNul = false;
        for (byte b : bytes) {
            hasNul |= b == 0;
        }
        assertThat(Utf8.isText(bytes, bytes.length)).isEqualTo(jdk && !hasNul);
        int chars = Utf8.utf16Length(bytes, 0, bytes.length);
        assertThat(chars).isEqualTo(jdk && !hasNul ? new String(bytes, StandardCharsets.UTF_8).length() : -1);
    }

    /** Text with long plain-ASCII runs (the eight-byte path) around multi-byte characters, at any offset. */
    @Property(tries = 1000)
    void lengthInCharsAtAnyOffset(@ForAll String text, @ForAll @IntRange(max = 20) int pad) {
        String clean = text.replace("\u0000", "").codePoints()
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String s = "x".repeat(pad) + clean + "0123456789abcdefghij" + clean;
        byte[] b = ("#".repeat(pad) + s).getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.utf16Length(b, pad, b.length - pad)).isEqualTo(s.length());
    }

    /** Cutting valid text at any byte leaves the longest prefix of whole characters. */
    @Property(tries = 1000)
    void boundaryKeepsWholeCharacters(@ForAll String text, @ForAll @IntRange(max = 400) int cut) {
        String clean = text.replace("\u0000", "").codePoints()
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        byte[] b = clean.getBytes(StandardCharsets.UTF_8);
        int len = Math.min(cut, b.length);
        int k = Utf8.boundary(b, len);
        assertThat(Utf8.isText(b, k)).isTrue();
        String prefix = new String(b, 0, k, StandardCharsets.UTF_8);
        assertThat(clean).startsWith(prefix);
        if (prefix.length() < clean.length() && k < len) {
            int next = clean.offsetByCodePoints(prefix.length(), 1);
            assertThat(clean.substring(prefix.length(), next).getBytes(StandardCharsets.UTF_8).length)
                    .isGreaterThan(len - k);
        }
    }
}
