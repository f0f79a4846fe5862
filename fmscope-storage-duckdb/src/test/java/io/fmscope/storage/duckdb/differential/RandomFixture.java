package io.fmscope.storage.duckdb.differential;

import io.fmscope.model.log.LogEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Random events for generated queries, over a small vocabulary so that filters match and groups repeat:
 * {@code n} integers, {@code d} quarter-valued doubles (their sums are exact, so results can be compared exactly),
 * {@code s} strings (some spell numbers, some are empty or non-ASCII), {@code b} booleans, {@code m} a field
 * that is a number in some events and a string in others (its column is widened), {@code o.x}/{@code o.y}
 * nested, {@code arr.0}/{@code arr.1} array elements; each may be absent or JSON null. A few events are not JSON.
 */
final class RandomFixture {
    static final long START = 1_714_521_600_000L; // 2024-05-01T00:00:00Z
    static final String[] STRINGS = {"a", "b", "ab", "a1", "a10", "a9", "10", "9", "", "é", "x y", "B"};

    private RandomFixture() {
    }

    static List<LogEvent> events(long seed, int n) {
        Random r = new Random(seed);
        List<LogEvent> out = new ArrayList<>(n);
        long t = START;
        for (int i = 0; i < n; i++) {
            t += r.nextInt(4) == 0 ? 0 : r.nextInt(120_000); // equal timestamps happen: ties must sort alike
            out.add(new LogEvent(t, t + 1, message(r, i), "s" + r.nextInt(2), TwoStores.GROUP,
                    String.format("%06d", i)));
        }
        return out;
    }

    private static String message(Random r, int i) {
        if (r.nextInt(15) == 0) {
            return "plain text " + STRINGS[r.nextInt(STRINGS.length)] + " n=" + r.nextInt(9);
        }
        List<String> members = new ArrayList<>();
        maybe(r, members, "n", Integer.toString(r.nextInt(26) - 5));
        maybe(r, members, "d", String.format(Locale.ROOT, "%.2f", (r.nextInt(81) - 40) / 4.0));
        maybe(r, members, "s", "\"" + STRINGS[r.nextInt(STRINGS.length)] + "\"");
        maybe(r, members, "b", Boolean.toString(r.nextBoolean()));
        maybe(r, members, "m", r.nextBoolean() ? Integer.toString(r.nextInt(5)) : "\"m" + r.nextInt(3) + "\"");
        maybe(r, members, "o", "{\"x\":" + r.nextInt(4) + ",\"y\":\"" + STRINGS[r.nextInt(4)] + "\"}");
        maybe(r, members, "arr", "[" + r.nextInt(3) + "," + (r.nextInt(5) * 0.5) + "]");
        members.add("\"i\":" + i);
        java.util.Collections.shuffle(members, r);
        return "{" + String.join(",", members) + "}";
    }

    private static void maybe(Random r, List<String> members, String name, String json) {
        int k = r.nextInt(10);
        if (k < 7) {
            members.add("\"" + name + "\":" + json);
        } else if (k == 7) {
            members.add("\"" + name + "\":null");
        }
    }
}
