package io.fmscope.sdk.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.FmCallStatus;
import io.fmscope.model.fmcall.RagRetrievalRecord;
import io.fmscope.sdk.export.InMemorySink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Flattens each rendered line the way CloudWatch Logs Insights discovers JSON fields (nested keys
 * joined with '.', array elements by index) and checks that every field the seed's queries use
 * (sections 3.2 and 7) is there with the JSON type the query needs.
 */
class InsightsFieldsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Fields every FM_CALL line must carry, with their JSON types. */
  private static final Map<String, String> FM_CALL_FIELDS = ordered(
      "log_type", "string",
      "status", "string",
      "metadata.model_id", "string",
      "metadata.request_id", "string",
      "metadata.session_id", "string",
      "prompt_metrics.total_input_tokens", "number",
      "prompt_metrics.prompt_template_id", "string",
      "prompt_metrics.language", "string",
      "response_metrics.output_token_count", "number",
      "latency.bedrock_invoke_ms", "number",
      "latency.opensearch_query_ms", "number",
      "latency.total_e2e_ms", "number",
      "latency.redis_cache_check_ms", "number",
      "cost.total_cost_usd", "number",
      "cost.was_cached", "boolean",
      "cost.cache_hit_savings_usd", "number");

  /** Fields of failed calls (status != SUCCESS in queries 2 and 8 and the error distribution). */
  private static final Map<String, String> ERROR_FIELDS = ordered(
      "error.error_type", "string",
      "error.error_code", "string",
      "error.retry_count", "number",
      "error.root_cause_category", "string");

  /** Query 5 groups content-filtered calls by their reason. */
  private static final Map<String, String> FILTER_FIELDS = ordered(
      "response_metrics.content_filter_reason", "string");

  /** Query 7 and the RAG quality query. */
  private static final Map<String, String> RAG_FIELDS = ordered(
      "log_type", "string",
      "avg_relevance", "number",
      "min_relevance", "number",
      "results_returned", "number",
      "query_latency_ms", "number",
      "opensearch_index", "string");

  @Test
  void everyFieldTheSeedQueriesUseIsPresentWithItsType() throws IOException {
    InMemorySink sink = new InMemorySink();
    SeedExamples.all(SeedExamples.logger(sink));

    int fmCalls = 0;
    int failures = 0;
    int rag = 0;
    for (InMemorySink.Entry e : sink.entries()) {
      Map<String, String> flat = flatten(e.jsonLine());
      if (e.record() instanceof FmCallRecord r) {
        fmCalls++;
        assertFields(flat, FM_CALL_FIELDS, e.jsonLine());
        if (r.status() != FmCallStatus.SUCCESS) {
          failures++;
          assertFields(flat, ERROR_FIELDS, e.jsonLine());
        }
        if (r.status() == FmCallStatus.CONTENT_FILTERED) {
          assertFields(flat, FILTER_FIELDS, e.jsonLine());
        } else {
          assertThat(flat).containsEntry("response_metrics.content_filter_reason", "null");
        }
        assertThat(flat).containsEntry("prompt_metrics.rag_relevance_scores.0", "number");
      } else if (e.record() instanceof RagRetrievalRecord) {
        rag++;
        assertFields(flat, RAG_FIELDS, e.jsonLine());
        assertThat(flat).containsEntry("relevance_scores.4", "number");
      }
    }
    assertThat(fmCalls).isEqualTo(5);
    assertThat(failures).isEqualTo(3);
    assertThat(rag).isEqualTo(1);
  }

  @Test
  void theExplicitListCoversEveryFieldInTheSeedQueries() throws IOException {
    Set<String> listed = new HashSet<>();
    listed.addAll(FM_CALL_FIELDS.keySet());
    listed.addAll(ERROR_FIELDS.keySet());
    listed.addAll(FILTER_FIELDS.keySet());
    listed.addAll(RAG_FIELDS.keySet());

    Set<String> used = seedQueryFields();

    assertThat(used).hasSizeGreaterThan(20);
    assertThat(listed).containsExactlyInAnyOrderElementsOf(used);
  }

  private static void assertFields(Map<String, String> flat, Map<String, String> expected,
      String line) {
    expected.forEach((field, type) ->
        assertThat(flat).as("%s in %s", field, line).containsEntry(field, type));
  }

  /** Field path to JSON type (string, number, boolean, null) of every leaf. */
  static Map<String, String> flatten(String json) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    flatten("", MAPPER.readTree(json), out);
    return out;
  }

  private static void flatten(String prefix, JsonNode n, Map<String, String> out) {
    if (n.isObject()) {
      n.properties().forEach(e -> flatten(prefix + e.getKey() + ".", e.getValue(), out));
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        flatten(prefix + i + ".", n.get(i), out);
      }
    } else {
      String type = n.isNumber() ? "number" : n.isBoolean() ? "boolean"
          : n.isNull() ? "null" : "string";
      out.put(prefix.substring(0, prefix.length() - 1), type);
    }
  }

  /**
   * Field names in the seed's Logs Insights queries (sections 3.2 and 7): every identifier in a
   * query except commands, functions, aliases, string literals, time units and {@code @} fields.
   */
  static Set<String> seedQueryFields() throws IOException {
    String seed = Files.readString(Path.of(System.getProperty("fmscope.shared"),
        "seed", "000_b07461b1c4b94a2d.txt"));
    String queries = between(seed, "3.2 CloudWatch Logs Insights Query Examples", "\n4. X-Ray")
        + between(seed, "\n7. FMLogAnalyzer", "\n8. Summary Table");
    Set<String> keywords = Set.of("fields", "filter", "stats", "by", "sort", "limit", "desc",
        "asc", "and", "or", "not", "bin", "avg", "percentile", "count", "max", "min", "sum", "as");
    Set<String> fields = new TreeSet<>();
    Matcher block = Pattern.compile("(?m)^fields [\\s\\S]*?(?=\\n\\s*\\n|\\n\"\"\"|\\n#)")
        .matcher(queries);
    int blocks = 0;
    while (block.find()) {
      blocks++;
      String q = block.group().replaceAll("\"[^\"]*\"", " ").replaceAll("\\{[^}]*}\\w*", " ")
          .replaceAll("\\b\\d+[smhd]\\b", " ");
      Set<String> aliases = new HashSet<>();
      Matcher a = Pattern.compile("\\bas\\s+([A-Za-z_]\\w*)").matcher(q);
      while (a.find()) {
        aliases.add(a.group(1));
      }
      Matcher t = Pattern.compile("@?[A-Za-z_]\\w*(?:\\.\\w+)*").matcher(q);
      while (t.find()) {
        String tok = t.group();
        if (!tok.startsWith("@") && !keywords.contains(tok) && !aliases.contains(tok)) {
          fields.add(tok);
        }
      }
    }
    assertThat(blocks).as("seed query blocks").isEqualTo(15);
    return fields;
  }

  private static String between(String text, String from, String to) {
    int start = text.indexOf(from);
    int end = text.indexOf(to, start);
    assertThat(start).as(from).isNotNegative();
    assertThat(end).as(to).isGreaterThan(start);
    return text.substring(start, end);
  }

  private static Map<String, String> ordered(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }
}
