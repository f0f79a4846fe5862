package io.fmscope.query.functions;

import static io.fmscope.query.functions.FunctionSpec.scalar;

import io.fmscope.query.value.Coercion;
import io.fmscope.query.value.DoubleValue;
import io.fmscope.query.value.LongValue;
import io.fmscope.query.value.Value;

import java.math.BigInteger;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** Encodings and conversions: urlencode/urldecode, base64encode/base64decode, split, hexToAscii, hexToDec, decToHex. */
final class MoreStringFunctions {
    private MoreStringFunctions() {
    }

    static List<FunctionSpec> specs() {
        return List.of(
                scalar("urlencode", 1, 1, "urlencode(s)", "percent-encoding of the UTF-8 bytes (space as %20)",
                        (c, a) -> urlencode(a[0])),
                scalar("urldecode", 1, 1, "urldecode(s)", "percent-decoding (+ as space); NULL when malformed",
                        (c, a) -> urldecode(a[0])),
                scalar("base64encode", 1, 1, "base64encode(s)", "standard Base64 of the UTF-8 bytes",
                        (c, a) -> base64encode(a[0])),
                scalar("base64decode", 1, 1, "base64decode(s)", "Base64 (standard or URL-safe) decoded as UTF-8",
                        (c, a) -> base64decode(a[0])),
                scalar("split", 2, 2, "split(s, delim)", "list of the parts between literal delimiters",
                        (c, a) -> split(a[0], a[1])),
                scalar("hexToAscii", 1, 1, "hexToAscii(s)", "the text whose UTF-8 bytes the hex digits spell",
                        (c, a) -> hexToAscii(a[0])),
                scalar("hexToDec", 1, 1, "hexToDec(s)", "the number a hex string spells (\"0xff\" gives 255)",
                        (c, a) -> hexToDec(a[0])),
                scalar("decToHex", 1, 1, "decToHex(n)", "lower-case hex with 0x (-0x if negative); decimals truncated",
                        (c, a) -> decToHex(a[0])));
    }

    private static Value urlencode(Value v) {
        String s = Args.text(v);
        return s == null ? Value.NULL : Value.of(URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    private static Value urldecode(Value v) {
        String s = Args.text(v);
        if (s == null) {
            return Value.NULL;
        }
        try {
            return Value.of(URLDecoder.decode(s, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Value.NULL;
        }
    }

    private static Value base64encode(Value v) {
        String s = Args.text(v);
        return s == null ? Value.NULL
                : Value.of(Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static Value base64decode(Value v) {
        String s = Args.text(v);
        if (s == null) {
            return Value.NULL;
        }
        try {
            boolean urlSafe = s.indexOf('-') >= 0 || s.indexOf('_') >= 0;
            byte[] b = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(s.strip());
            return utf8(b);
        } catch (IllegalArgumentException e) {
            return Value.NULL;
        }
    }

    private static Value split(Value v, Value d) {
        String s = Args.text(v);
        String delim = Args.text(d);
        if (s == null || delim == null) {
            return Value.NULL;
        }
        List<Value> parts = new ArrayList<>();
        if (delim.isEmpty()) {
            s.codePoints().forEach(cp -> parts.add(Value.of(new String(Character.toChars(cp)))));
            return Value.list(parts);
        }
        int from = 0;
        int at;
        while ((at = s.indexOf(delim, from)) >= 0) {
            parts.add(Value.of(s.substring(from, at)));
            from = at + delim.length();
        }
        parts.add(Value.of(s.substring(from)));
        return Value.list(parts);
    }

    private static Value hexToAscii(Value v) {
        String s = stripHexPrefix(Args.text(v));
        if (s == null || s.length() % 2 != 0) {
            return Value.NULL;
        }
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            int hi = Character.digit(s.charAt(2 * i), 16);
            int lo = Character.digit(s.charAt(2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                return Value.NULL;
            }
            b[i] = (byte) (hi << 4 | lo);
        }
        return utf8(b);
    }

    private static Value hexToDec(Value v) {
        String s = Args.text(v);
        if (s == null) {
            return Value.NULL;
        }
        boolean negative = s.startsWith("-");
        String digits = stripHexPrefix(negative ? s.substring(1) : s);
        if (digits == null || digits.isEmpty() || digits.length() > 16 || !digits.chars().allMatch(
                ch -> ch < 128 && Character.digit(ch, 16) >= 0)) {
            return Value.NULL;
        }
        BigInteger n = new BigInteger(digits, 16);
        if (negative) {
            n = n.negate();
        }
        return n.bitLength() < 64 ? LongValue.of(n.longValue()) : Value.of(n.doubleValue());
    }

    private static Value decToHex(Value v) {
        Value n = Coercion.toNumber(v);
        long x;
        if (n instanceof LongValue l) {
            x = l.value();
        } else if (n instanceof DoubleValue d && Math.abs(d.value()) < 9.2e18) {
            x = (long) d.value();
        } else {
            return Value.NULL;
        }
        String hex = x < 0 ? "-0x" + BigInteger.valueOf(x).negate().toString(16) : "0x" + Long.toHexString(x);
        return Value.of(hex.toLowerCase(Locale.ROOT));
    }

    private static String stripHexPrefix(String s) {
        if (s == null) {
            return null;
        }
        return s.startsWith("0x") || s.startsWith("0X") ? s.substring(2) : s;
    }

    /** Strict UTF-8: bytes that are not valid UTF-8 give NULL rather than replacement characters. */
    private static Value utf8(byte[] b) {
        try {
            return Value.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString());
        } catch (CharacterCodingException e) {
            return Value.NULL;
        }
    }
}
