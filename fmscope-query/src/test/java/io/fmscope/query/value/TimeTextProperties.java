package io.fmscope.query.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The fast ISO path must agree with java.time on every input, well-formed or not. */
class TimeTextProperties {
    private static final String[] PATTERNS = {"uuuu-MM-dd'T'HH:mm:ss.SSSXXX", "uuuu-MM-dd'T'HH:mm:ssXXX",
        "uuuu-MM-dd HH:mm:ss.SSS", "uuuu-MM-dd'T'HH:mm:ss.SSSSSSxx", "uuuu-MM-dd'T'HH:mmX", "uuuu-MM-dd HH:mm:ss,SSS",
        "uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSSXXX", "uuuu-MM-dd'T'HH:mm:ss.S'Z'"};
    /** Precision of each pattern in ms, and whether its text carries the real offset. */
    private static final long[] PRECISION = {1, 1000, 1, 1, 60_000, 1, 1, 100};
    private static final boolean[] ZONED = {true, true, false, true, true, false, true, false};

    @Property
    void wellFormedTimesParseToTheirInstant(@ForAll @LongRange(min = -62_000_000_000_000L, max = 250_000_000_000_000L)
                                            long millis,
                                            @ForAll @IntRange(min = -64800, max = 64800) int offsetSeconds,
                                            @ForAll @IntRange(max = 7) int pattern) {
        ZoneOffset zone = ZoneOffset.ofTotalSeconds(offsetSeconds / 900 * 900);
        OffsetDateTime t = Instant.ofEpochMilli(millis).atOffset(zone);
        String text = DateTimeFormatter.ofPattern(PATTERNS[pattern]).format(t);
        long parsed = TimeText.parseIso(text);
        assertThat(parsed).as(text).isEqualTo(TimeText.parseIsoSlow(text));
        long shown = ZONED[pattern] ? millis : t.toLocalDateTime().toInstant(ZoneOffset.UTC).toEpochMilli();
        long local = t.toLocalDateTime().toInstant(ZoneOffset.UTC).toEpochMilli();
        long truncation = Math.floorMod(local, PRECISION[pattern]);
        if (t.getYear() >= 0 && t.getYear() <= 9999) {
            assertThat(parsed).as(text).isEqualTo(shown - truncation);
        }
    }

    @Property(tries = 2000)
    void fastAndSlowAgreeOnNearMisses(@ForAll("nearIso") String text) {
        assertThat(TimeText.parseIso(text)).as(text).isEqualTo(TimeText.parseIsoSlow(text));
    }

    @Provide
    Arbitrary<String> nearIso() {
        Arbitrary<String> base = Arbitraries.of("2024-05-01T10:00:00.123Z", "2024-02-29 23:59:59,9+09:00",
                "1999-12-31T00:00-0530", "2023-02-29T10:00:00Z", "2024-05-01t10:00:00z", "2024-05-01T24:00:00Z",
                "2024-05-01T10:60:00Z", "2024-05-01T10:00:60Z", "2024-05-01T10:00:00+18:30", "2024-05-01T10:00:00+1",
                "2024-05-01T10:00:00.1234567891Z", "2024-05-01T10:00:00.Z", "2024-05-01T10:00:00+05", "2024-05-01");
        return base.flatMap(b -> Arbitraries.integers().between(0, b.length()).flatMap(pos ->
                Arbitraries.of("", "0", "9", ":", "-", "+", " ", "Z", ".", "T", "x").map(ins ->
                        b.substring(0, pos) + ins + b.substring(Math.min(b.length(), pos + (ins.isEmpty() ? 1 : 0))))));
    }
}
