package io.fmscope.server.insights;

import io.fmscope.server.api.ApiException;
import io.fmscope.server.logs.Names;
import java.util.ArrayList;
import java.util.List;

/** StartQuery's "exactly one of" log group members, and the status enum. */
final class QueryValidation {
    static final int MAX_GROUPS = 50;

    private QueryValidation() {
    }

    static List<String> groups(QueryRequests.StartQuery r) {
        int given = (r.logGroupName() != null ? 1 : 0) + (r.logGroupNames() != null ? 1 : 0)
                + (r.logGroupIdentifiers() != null ? 1 : 0);
        if (given != 1) {
            throw ApiException.invalidParameter(
                    "Exactly one of logGroupName, logGroupNames or logGroupIdentifiers must be specified");
        }
        List<String> out = new ArrayList<>();
        if (r.logGroupName() != null) {
            out.add(Names.group("logGroupName", r.logGroupName()));
        } else if (r.logGroupNames() != null) {
            for (String n : r.logGroupNames()) {
                out.add(Names.group("logGroupNames", n));
            }
        } else {
            for (String n : r.logGroupIdentifiers()) {
                out.add(Names.identifier("logGroupIdentifiers", n));
            }
        }
        if (out.isEmpty() || out.size() > MAX_GROUPS) {
            throw ApiException.validation("logGroupNames", out.size() + " groups",
                    "Member must have length between 1 and " + MAX_GROUPS);
        }
        return List.copyOf(new java.util.LinkedHashSet<>(out));
    }

    static QueryStatus status(String s) {
        try {
            return QueryStatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw ApiException.validation("status", s, "Member must satisfy enum value set: "
                    + java.util.Arrays.toString(QueryStatus.values()));
        }
    }
}
