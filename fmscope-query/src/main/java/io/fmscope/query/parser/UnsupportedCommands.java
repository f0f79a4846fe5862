package io.fmscope.query.parser;

import java.util.Map;

/** Commands of the language that fmscope does not run yet, with the reason shown to the user. */
final class UnsupportedCommands {
    private UnsupportedCommands() {}

    private static final String NEWER = "is not supported: the reference names it but does not document its syntax";

    static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("lookup", "is not supported: it needs lookup tables (CreateLookupTable), which fmscope does not store"),
            Map.entry("join", "is not supported: the reference does not document which fields the right side exposes"
                    + " or how unmatched and repeated keys behave, so it cannot be implemented exactly"),
            Map.entry("head", "was replaced by 'limit' in Logs Insights; use 'limit'"),
            Map.entry("tail", "was replaced by 'limit' in Logs Insights; use 'sort @timestamp asc | limit'"),
            Map.entry("addtotals", NEWER), Map.entry("autoregress", NEWER), Map.entry("logcompare", NEWER),
            Map.entry("filldown", NEWER), Map.entry("fillmissing", NEWER), Map.entry("cidrlookup", NEWER),
            Map.entry("outlier", NEWER), Map.entry("accum", NEWER), Map.entry("appendcols", NEWER),
            Map.entry("sessionize", NEWER), Map.entry("countfrequent", NEWER), Map.entry("relevantfields", NEWER),
            Map.entry("expand", NEWER), Map.entry("estimate", NEWER));
}
