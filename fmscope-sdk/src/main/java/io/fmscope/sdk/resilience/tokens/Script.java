package io.fmscope.sdk.resilience.tokens;

/**
 * Character classes that tokenize at clearly different rates. English text is mostly LETTER,
 * WHITESPACE and PUNCTUATION; Japanese is mostly KANA, KANJI and CJK_PUNCTUATION.
 */
public enum Script {
    /** ASCII a-z and A-Z. */
    LETTER,
    /** ASCII 0-9. */
    DIGIT,
    WHITESPACE,
    /** ASCII punctuation and symbols. */
    PUNCTUATION,
    /** Hiragana, katakana (incl. phonetic extensions and half-width katakana). */
    KANA,
    /** CJK unified ideographs (incl. extension A, B+ and compatibility ideographs). */
    KANJI,
    /** CJK symbols and punctuation (、。「」) and full-width forms. */
    CJK_PUNCTUATION,
    /** Everything else: accented Latin, Cyrillic, emoji, typographic dashes and arrows. */
    OTHER;

    public static Script of(int cp) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return LETTER;
        if (cp >= '0' && cp <= '9') return DIGIT;
        if (Character.isWhitespace(cp)) return WHITESPACE;
        if (cp >= 0x21 && cp <= 0x7E) return PUNCTUATION;
        if (in(cp, 0x3040, 0x30FF) || in(cp, 0x31F0, 0x31FF) || in(cp, 0xFF66, 0xFF9F)) return KANA;
        if (in(cp, 0x4E00, 0x9FFF) || in(cp, 0x3400, 0x4DBF) || in(cp, 0xF900, 0xFAFF)
                || in(cp, 0x20000, 0x2FFFF)) {
            return KANJI;
        }
        if (in(cp, 0x3000, 0x303F) || in(cp, 0xFF00, 0xFF65)) return CJK_PUNCTUATION;
        return OTHER;
    }

    private static boolean in(int cp, int lo, int hi) {
        return cp >= lo && cp <= hi;
    }
}
