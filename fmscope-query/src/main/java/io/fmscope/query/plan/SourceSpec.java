package io.fmscope.query.plan;

import java.util.List;

/**
 * Which log groups a query reads ({@code SOURCE}): exact names and name prefixes; both empty means every group
 * the input holds. {@code start}/{@code end} are the SOURCE command's raw {@code START=}/{@code END=} values
 * (ISO-8601 or relative such as {@code -3600s}), or null.
 */
public record SourceSpec(List<String> groups, List<String> prefixes, String start, String end) {
    public static final SourceSpec ALL = new SourceSpec(List.of(), List.of(), null, null);

    public SourceSpec {
        groups = List.copyOf(groups);
        prefixes = List.copyOf(prefixes);
    }

    public boolean selectsAll() {
        return groups.isEmpty() && prefixes.isEmpty();
    }

    /** Whether events of {@code logGroup} are read. */
    public boolean includes(String logGroup) {
        if (selectsAll()) return true;
        if (groups.contains(logGroup)) return true;
        for (String p : prefixes) if (logGroup.startsWith(p)) return true;
        return false;
    }
}
