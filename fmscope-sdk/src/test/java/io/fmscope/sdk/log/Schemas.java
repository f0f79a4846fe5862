package io.fmscope.sdk.log;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.fmscope.model.fmcall.FmCallRecord;
import io.fmscope.model.fmcall.FmLogRecord;
import io.fmscope.model.fmcall.RagRetrievalRecord;
import io.fmscope.model.fmcall.SessionEventRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The schemas in docs/schema, loaded with networknt's draft 2020-12 validator. */
final class Schemas {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  static final Schema FM_CALL = load("fm-call.schema.json");
  static final Schema RAG = load("rag-retrieval.schema.json");
  static final Schema SESSION = load("session-event.schema.json");

  private Schemas() {}

  static Path dir() {
    String dir = System.getProperty("fmscope.schemaDir");
    return dir != null ? Path.of(dir) : Path.of("..", "docs", "schema");
  }

  private static Schema load(String name) {
    try (InputStream in = Files.newInputStream(dir().resolve(name))) {
      return REGISTRY.getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read schema " + name, e);
    }
  }

  static Schema forRecord(FmLogRecord r) {
    return switch (r) {
      case FmCallRecord x -> FM_CALL;
      case RagRetrievalRecord x -> RAG;
      case SessionEventRecord x -> SESSION;
    };
  }

  /** Validation messages for a JSON line against its record's schema; empty when valid. */
  static List<String> errors(FmLogRecord r, String json) {
    return forRecord(r).validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }
}
