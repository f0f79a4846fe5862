package io.fmscope.query.mining;

import io.fmscope.patterns.PatternToken;
import io.fmscope.patterns.TokenType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The anomaly kinds that compare a pattern's variable values in the recent part of the span with the baseline
 * before it. Each tests every eligible variable and keeps the smallest p-value, multiplied by the number of
 * variables tested (Bonferroni).
 */
final class TokenAnomalies {
    private static final Pattern NUMBER = Pattern.compile("^[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");
    private static final Set<String> STATUS_WORDS = Set.of("status", "statuscode", "code", "httpstatus", "httpcode",
            "responsecode", "httpstatuscode", "responsestatus");
    /** Fewest values each part needs for the numeric test. */
    static final int MIN_NUMBERS = 5;
    /** Below this p-value the baseline's halves differ: the variable trends. */
    static final double DRIFT_ALPHA = 0.05;

    private final MinedPattern pattern;
    private final TokenValues values;
    private final List<Line> lines;
    private final Timeline timeline;

    TokenAnomalies(MinedPattern pattern, TokenValues values, List<Line> lines, Timeline timeline) {
        this.pattern = pattern;
        this.values = values;
        this.lines = lines;
        this.timeline = timeline;
    }

    /** One variable's values split into baseline and recent, in time order. */
    private record Split(List<String> baseline, List<String> recent) {}

    private Split split(int v) {
        List<String> base = new ArrayList<>();
        List<String> recent = new ArrayList<>();
        for (int k = 0; k < pattern.count(); k++) {
            String value = values.value(k, v);
            if (value == null) continue;
            (timeline.recent(lines.get(pattern.lines()[k]).time()) ? recent : base).add(value);
        }
        return new Split(base, recent);
    }

    /**
     * TokenVariation: recent values never seen in the baseline. Under the Good–Turing estimate, a new draw shows an
     * unseen value with probability u = (values seen once + 1) / (baseline values + 1); m such draws among r recent
     * ones have p = P(Binomial(r, u) ≥ m). A token that varies freely (ids) has u near 1 and is rarely flagged (never when every baseline value is unique).
     */
    Anomaly variation() {
        Anomaly best = null;
        var vars = values.variables();
        for (int v = 0; v < vars.size(); v++) {
            Split s = split(v);
            Map<String, Integer> seen = new HashMap<>();
            for (String x : s.baseline()) seen.merge(x, 1, Integer::sum);
            List<String> fresh = new ArrayList<>();
            for (String x : s.recent()) if (!seen.containsKey(x)) fresh.add(x);
            if (s.baseline().isEmpty() || fresh.isEmpty()) continue;
            long once = seen.values().stream().filter(c -> c == 1).count();
            double u = (once + 1.0) / (s.baseline().size() + 1);
            double p = Math.min(1, Stats.binomialAtLeast(fresh.size(), s.recent().size(), u) * vars.size());
            if (best == null || p < best.pValue()) {
                best = Anomaly.of("TokenVariation", p, String.format(Locale.ROOT,
                        "%s took %s never seen before in the last quarter (%d of %d events, first '%s'); before,"
                                + " %s in %d events", vars.get(v).name(), values(fresh.stream().distinct().count()),
                        fresh.size(), s.recent().size(), fresh.get(0), values(seen.size()), s.baseline().size()));
            }
        }
        return best;
    }

    /**
     * NumericToken: a Number variable whose recent values differ from the baseline's (Mann–Whitney, two-sided). A
     * variable that already drifts within the baseline (its first half against its second, p &lt; 0.05, when each
     * half has {@link #MIN_NUMBERS} values) is a counter or a trend, such as a sequence number, and is not tested.
     */
    Anomaly numeric() {
        var vars = values.variables();
        List<Integer> numeric = new ArrayList<>();
        for (int v = 0; v < vars.size(); v++) if (vars.get(v).type() == TokenType.NUM) numeric.add(v);
        Anomaly best = null;
        for (int v : numeric) {
            Split s = split(v);
            double[] base = numbers(s.baseline());
            double[] recent = numbers(s.recent());
            if (base.length < MIN_NUMBERS || recent.length < MIN_NUMBERS || drifts(base)) continue;
            double p = Math.min(1, Stats.mannWhitney(recent, base) * numeric.size());
            if (best == null || p < best.pValue()) {
                best = Anomaly.of("NumericToken", p, String.format(Locale.ROOT,
                        "%s median %s in the last quarter vs %s before (%d and %d values)", vars.get(v).name(),
                        shown(median(recent)), shown(median(base)), recent.length, base.length));
            }
        }
        return best;
    }

    /**
     * HttpErrorCode: a variable that holds HTTP status codes (every value a whole number from 100 to 599, named by a
     * {@code status=}/{@code code=} key, or following {@code status}, {@code code} or {@code HTTP/x}) shows more
     * error codes (400-599) in the recent part than its baseline share, estimated as (errors + 1) / (codes + 2):
     * p = P(Binomial(r, share) ≥ recent errors).
     */
    Anomaly httpErrors() {
        var vars = values.variables();
        List<Integer> status = new ArrayList<>();
        for (int v = 0; v < vars.size(); v++) if (isStatus(v)) status.add(v);
        Anomaly best = null;
        for (int v : status) {
            Split s = split(v);
            long baseErrors = s.baseline().stream().filter(TokenAnomalies::isError).count();
            List<String> recentErrors = s.recent().stream().filter(TokenAnomalies::isError).toList();
            if (recentErrors.isEmpty()) continue;
            double share = (baseErrors + 1.0) / (s.baseline().size() + 2);
            double p = Math.min(1, Stats.binomialAtLeast(recentErrors.size(), s.recent().size(), share)
                    * status.size());
            if (best == null || p < best.pValue()) {
                Map<String, Integer> codes = new LinkedHashMap<>();
                recentErrors.stream().sorted().forEach(c -> codes.merge(c, 1, Integer::sum));
                StringBuilder shownCodes = new StringBuilder();
                codes.forEach((c, n) -> shownCodes.append(shownCodes.isEmpty() ? "" : ", ").append(c).append(" x")
                        .append(n));
                best = Anomaly.of("HttpErrorCode", p, String.format(Locale.ROOT,
                        "%s: %d of %d HTTP status codes in the last quarter are errors (%s) vs %d of %d before",
                        vars.get(v).name(), recentErrors.size(), s.recent().size(), shownCodes, baseErrors,
                        s.baseline().size()));
            }
        }
        return best;
    }

    private boolean isStatus(int v) {
        TokenValues.Variable var = values.variables().get(v);
        if (var.type() != TokenType.NUM || !statusContext(pattern.template().tokens(), var.tokenIndex())) return false;
        boolean any = false;
        for (int k = 0; k < pattern.count(); k++) {
            String x = values.value(k, v);
            if (x == null) continue;
            if (!x.matches("[1-5]\\d\\d")) return false;
            any = true;
        }
        return any;
    }

    static boolean statusContext(List<PatternToken> tokens, int i) {
        String frame = tokens.get(i).text();
        int hole = frame.indexOf(PatternText.HOLE);
        if (hole > 0 && STATUS_WORDS.contains(letters(frame.substring(0, hole)))) return true;
        if (i == 0 || tokens.get(i - 1).dynamic()) return false;
        String previous = tokens.get(i - 1).text().toLowerCase(Locale.ROOT);
        return previous.contains("http/") || STATUS_WORDS.contains(letters(previous));
    }

    private static String values(long n) {
        return n == 1 ? "1 value" : n + " values";
    }

    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static boolean isError(String code) {
        return code.charAt(0) == '4' || code.charAt(0) == '5';
    }

    /** The leading number of each value ({@code 812ms} → 812, {@code 1.2 KB} → 1.2); others are left out. */
    static double[] numbers(List<String> texts) {
        List<Double> out = new ArrayList<>();
        for (String t : texts) {
            Matcher m = NUMBER.matcher(t);
            if (m.find()) out.add(Double.parseDouble(m.group()));
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Whether the first and second half of the baseline (in time order) already differ. */
    private static boolean drifts(double[] base) {
        int half = base.length / 2;
        if (half < MIN_NUMBERS) return false;
        return Stats.mannWhitney(java.util.Arrays.copyOfRange(base, 0, half),
                java.util.Arrays.copyOfRange(base, half, base.length)) < DRIFT_ALPHA;
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        java.util.Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static String shown(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : String.format(Locale.ROOT, "%.3f", x);
    }
}
