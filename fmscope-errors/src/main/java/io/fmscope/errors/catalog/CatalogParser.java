package io.fmscope.errors.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one catalog file into raw entries; checks only the file's shape and the entries' ids. */
final class CatalogParser {
    static final Set<String> TOP_LEVEL = Set.of("version", "patterns");
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private CatalogParser() {}

    static List<RawEntry> parse(CatalogSource source) {
        JsonNode root = readTree(source);
        if (root == null || !root.isObject())
            throw new CatalogException(source.name(), null, null, "expected a mapping with a 'patterns' list");
        root.fieldNames().forEachRemaining(key -> {
            if (!TOP_LEVEL.contains(key))
                throw new CatalogException(source.name(), null, key, "unknown top-level key; expected one of " + TOP_LEVEL);
        });
        JsonNode version = root.get("version");
        if (version != null && !(version.isInt() && version.intValue() == 1))
            throw new CatalogException(source.name(), null, "version", "only version 1 is supported");
        JsonNode patterns = root.get("patterns");
        if (patterns == null || !patterns.isArray())
            throw new CatalogException(source.name(), null, "patterns", "expected a list of entries");
        var entries = new ArrayList<RawEntry>();
        var seen = new java.util.HashSet<String>();
        for (int i = 0; i < patterns.size(); i++) {
            RawEntry entry = entry(source.name(), i, patterns.get(i));
            if (!seen.add(entry.id))
                throw new CatalogException(source.name(), entry.label, "pattern_id", "duplicate pattern_id in the same file");
            entries.add(entry);
        }
        return entries;
    }

    private static RawEntry entry(String file, int index, JsonNode node) {
        String position = "#" + (index + 1);
        if (!node.isObject()) throw new CatalogException(file, position, null, "expected a mapping");
        JsonNode idNode = node.get("pattern_id");
        if (idNode == null) throw new CatalogException(file, position, "pattern_id", "missing required field");
        if (!idNode.isTextual() || !ID.matcher(idNode.textValue()).matches())
            throw new CatalogException(file, position, "pattern_id", "must match " + ID.pattern());
        String id = idNode.textValue();
        var entry = new RawEntry(id, id + " (" + position + ")");
        node.properties().forEach(f -> {
            if (!PatternReader.FIELDS.contains(f.getKey()))
                throw new CatalogException(file, entry.label, f.getKey(), "unknown field; known fields are " + PatternReader.FIELDS);
            entry.put(f.getKey(), f.getValue(), file);
        });
        return entry;
    }

    private static JsonNode readTree(CatalogSource source) {
        try {
            return YAML.readTree(source.text());
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new CatalogException(source.name(), null, null, "not valid YAML" + where + ": " + e.getOriginalMessage());
        }
    }
}
