package io.fmscope.query.ast;

import java.util.List;
import java.util.Locale;

/**
 * Time units of a period literal such as {@code 5m}. Spellings per the reference: {@code ms msec millisecond},
 * {@code s sec second}, {@code m min minute}, {@code h hr hour}, {@code d day}, {@code w week},
 * {@code mo mon month}, {@code q qtr quarter}, {@code y yr year}; multi-letter units may take a plural {@code s}.
 * Matching is case-insensitive. {@code cap} is the documented ceiling of the amount (the size of the next unit:
 * {@code bin(300s)} behaves as {@code bin(60s)}); 0 means no documented cap.
 */
public enum PeriodUnit {
    MILLISECOND("ms", 1L, 1000, "ms", "msec", "millisecond"),
    SECOND("s", 1000L, 60, "s", "sec", "second"),
    MINUTE("m", 60_000L, 60, "m", "min", "minute"),
    HOUR("h", 3_600_000L, 24, "h", "hr", "hour"),
    DAY("d", 86_400_000L, 0, "d", "day"),
    WEEK("w", 7 * 86_400_000L, 0, "w", "week"),
    MONTH("mo", 0L, 0, "mo", "mon", "month"),
    QUARTER("q", 0L, 0, "q", "qtr", "quarter"),
    YEAR("y", 0L, 0, "y", "yr", "year");

    private final String symbol;
    private final long millis;
    private final int cap;
    private final List<String> spellings;

    PeriodUnit(String symbol, long millis, int cap, String... spellings) {
        this.symbol = symbol;
        this.millis = millis;
        this.cap = cap;
        this.spellings = List.of(spellings);
    }

    /** The canonical short spelling used when unparsing, e.g. {@code m}. */
    public String symbol() {
        return symbol;
    }

    /** Length in milliseconds for fixed-length units; 0 for calendar units (month, quarter, year). */
    public long millis() {
        return millis;
    }

    public boolean isCalendar() {
        return millis == 0;
    }

    public int cap() {
        return cap;
    }

    /** The unit for a spelling ({@code min}, {@code hrs}, {@code M}), or null. */
    public static PeriodUnit parse(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (PeriodUnit u : values()) {
            for (String sp : u.spellings) {
                if (t.equals(sp) || (sp.length() > 1 && t.equals(sp + "s"))) return u;
            }
        }
        return null;
    }
}
