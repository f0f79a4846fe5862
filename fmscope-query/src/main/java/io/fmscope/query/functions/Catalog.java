package io.fmscope.query.functions;

import java.util.ArrayList;
import java.util.List;

/** Collects the function families into one list for the registry. */
final class Catalog {
    private Catalog() {
    }

    static List<FunctionSpec> all() {
        List<FunctionSpec> all = new ArrayList<>();
        all.addAll(NumericFunctions.specs());
        all.addAll(GeneralFunctions.specs());
        all.addAll(DateFunctions.specs());
        all.addAll(IpFunctions.specs());
        all.addAll(StringFunctions.specs());
        all.addAll(MoreStringFunctions.specs());
        all.addAll(JsonFunctions.specs());
        all.addAll(Aggregates.specs());
        return all;
    }
}
