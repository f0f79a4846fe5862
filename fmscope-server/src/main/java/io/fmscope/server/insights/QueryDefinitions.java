package io.fmscope.server.insights;

import io.fmscope.server.api.ApiException;
import io.fmscope.server.logs.Names;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Saved queries (Put/Describe/DeleteQueryDefinition). An update replaces every member, as in CloudWatch.
 * Held in memory: saved queries do not survive a restart of the server (see docs/server.md).
 */
public final class QueryDefinitions {
    public static final int MAX_DEFINITIONS = 1000;

    public record Parameter(String name, String defaultValue, String description) {
    }

    public record Put(String name, String queryDefinitionId, List<String> logGroupNames, String queryString,
                      String clientToken, String queryLanguage, List<Parameter> parameters) {
    }

    public record Definition(String queryDefinitionId, String name, String queryString, long lastModified,
                             List<String> logGroupNames, List<Parameter> parameters, String queryLanguage) {
    }

    public record Describe(String queryDefinitionNamePrefix, Integer maxResults, String nextToken,
                           String queryLanguage) {
    }

    public record Delete(String queryDefinitionId) {
    }

    private final Map<String, Definition> byId = new ConcurrentSkipListMap<>();
    private final Clock clock;

    public QueryDefinitions(Clock clock) {
        this.clock = clock;
    }

    public Map<String, Object> put(Put r) {
        Names.required("name", r.name());
        Names.required("queryString", r.queryString());
        if (r.name().isEmpty() || r.name().length() > 255) {
            throw ApiException.validation("name", r.name(), "Member must have length between 1 and 255");
        }
        if (r.queryString().isEmpty() || r.queryString().length() > 10_000) {
            throw ApiException.validation("queryString", "...", "Member must have length between 1 and 10000");
        }
        if (r.parameters() != null && r.parameters().size() > 20) {
            throw ApiException.validation("parameters", r.parameters().size(), "Member must have length less than or equal to 20");
        }
        String id = r.queryDefinitionId();
        synchronized (byId) {
            if (id != null && !byId.containsKey(id)) {
                throw ApiException.notFound("The specified query definition does not exist.");
            }
            if (id == null && byId.size() >= MAX_DEFINITIONS) {
                throw ApiException.limitExceeded("At most " + MAX_DEFINITIONS + " query definitions can be saved.");
            }
            id = id == null ? UUID.randomUUID().toString() : id;
            byId.put(id, new Definition(id, r.name(), r.queryString(), clock.millis(),
                    r.logGroupNames() == null ? List.of() : List.copyOf(r.logGroupNames()),
                    r.parameters() == null ? null : List.copyOf(r.parameters()),
                    r.queryLanguage() == null ? "CWLI" : r.queryLanguage()));
        }
        return Map.of("queryDefinitionId", id);
    }

    public Map<String, Object> describe(Describe r) {
        int max = Names.range("maxResults", r.maxResults(), 1000, 1, 1000);
        int offset = io.fmscope.server.logs.PageToken.offset("nextToken", r.nextToken());
        List<Definition> all = new ArrayList<>(byId.values().stream()
                .filter(d -> r.queryDefinitionNamePrefix() == null || d.name().startsWith(r.queryDefinitionNamePrefix()))
                .filter(d -> r.queryLanguage() == null || d.queryLanguage().equals(r.queryLanguage()))
                .sorted(java.util.Comparator.comparing(Definition::name).thenComparing(Definition::queryDefinitionId))
                .toList());
        List<Definition> page = all.stream().skip(offset).limit(max).toList();
        var out = new java.util.LinkedHashMap<String, Object>();
        out.put("queryDefinitions", page);
        if (offset + max < all.size()) {
            out.put("nextToken", io.fmscope.server.logs.PageToken.offset(offset + max));
        }
        return out;
    }

    public Map<String, Object> delete(Delete r) {
        Names.required("queryDefinitionId", r.queryDefinitionId());
        if (byId.remove(r.queryDefinitionId()) == null) {
            throw ApiException.notFound("The specified query definition does not exist.");
        }
        return Map.of("success", true);
    }
}
