package io.fmscope.simulator.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree whose every node keeps its line and column, built from the token
 * stream of Jackson's YAML parser, so that a validation error can point at the exact place.
 * Duplicate keys are an error (Jackson's strict duplicate detection).
 */
final class YamlTree {
  private static final YAMLFactory FACTORY = YAMLFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** Where a node starts, 1-based. */
  record Location(int line, int column) {
    static Location of(JsonLocation l) {
      return new Location(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }
  }

  sealed interface Node permits MapNode, ListNode, ScalarNode {
    Location at();
  }

  /** A mapping; {@code keys} holds where each key was written. */
  record MapNode(Location at, Map<String, Node> values, Map<String, Location> keys) implements Node {}

  record ListNode(Location at, List<Node> items) implements Node {}

  /** A scalar with its text and the token type Jackson gave it (string, int, float, boolean, null). */
  record ScalarNode(Location at, String text, JsonToken token) implements Node {
    boolean isNull() {
      return token == JsonToken.VALUE_NULL;
    }

    boolean isNumber() {
      return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
    }
  }

  private YamlTree() {}

  /** Parses one document; a syntax error comes back as the parser's exception with its location. */
  static Node parse(String yaml) throws IOException {
    try (JsonParser p = FACTORY.createParser(yaml)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return new ScalarNode(new Location(1, 1), "", JsonToken.VALUE_NULL);
      }
      return read(p);
    }
  }

  private static Node read(JsonParser p) throws IOException {
    Location at = Location.of(p.currentTokenLocation());
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, Node> values = new LinkedHashMap<>();
      Map<String, Location> keys = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        keys.put(key, Location.of(p.currentTokenLocation()));
        p.nextToken();
        values.put(key, read(p));
      }
      return new MapNode(at, values, keys);
    }
    if (t == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(read(p));
      }
      return new ListNode(at, items);
    }
    if (t == null || t.isStructEnd()) {
      throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of document");
    }
    return new ScalarNode(at, t == JsonToken.VALUE_NULL ? "" : p.getText(), t);
  }
}
