package io.fmscope.server.ingest;

import java.util.List;

/**
 * The 200 answer: how many lines were stored, and the lines that were not (1-based line numbers in the body,
 * at most {@link JsonlIngestService#MAX_REPORTED} of them; {@code rejectedCount} counts them all).
 */
public record IngestResponse(int accepted, int rejectedCount, List<Rejected> rejected) {

  /** One refused line and why. */
  public record Rejected(int line, String reason) {}

  public IngestResponse {
    rejected = List.copyOf(rejected);
  }
}
