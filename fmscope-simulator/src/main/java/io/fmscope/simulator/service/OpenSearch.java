package io.fmscope.simulator.service;

import io.fmscope.simulator.scenario.Component;
import io.fmscope.simulator.scenario.FaultKind;
import io.fmscope.simulator.traffic.Lang;
import io.fmscope.simulator.traffic.Manga;
import io.fmscope.simulator.traffic.MangaCatalog;
import io.fmscope.simulator.traffic.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenSearch Serverless vector search over the product index ({@code manga-products}, 1536-dimension
 * Titan embeddings), preceded by the embedding call. Healthy results: the asked title's chunk scores
 * 0.80-0.95, neighbours of the same genre 0.55-0.80. Faults: read timeouts (2 s client timeout, also
 * reached by slow queries), empty results, a missing index, an embedding-dimension mismatch, network.
 */
public final class OpenSearch {
  public static final String INDEX = "manga-products";
  public static final int DIMENSION = 1536;
  static final double TIMEOUT_MS = 2_000;
  private static final LogNormal EMBED = new LogNormal(28, 0.3);
  private static final LogNormal QUERY = new LogNormal(42, 0.4);
  private static final LogNormal FAST_FAIL = new LogNormal(12, 0.3);

  /** One retrieved chunk. */
  public record Hit(Manga manga, String text, double score) {}

  /**
   * A search: hits (empty when nothing relevant was found), the query vector's dimension, the embedding
   * and query latencies, and a warning for an empty result (the request goes on without context).
   */
  public record Result(List<Hit> hits, int dimension, double embedMs, double queryMs, ServiceException warning) {}

  /** A failed search: the error and the time it took. */
  public static final class Failure extends RuntimeException {
    public final transient ServiceException error;
    public final int dimension;
    public final double embedMs;
    public final double queryMs;

    Failure(ServiceException error, int dimension, double embedMs, double queryMs) {
      super(error.getMessage(), null, false, false);
      this.error = error;
      this.dimension = dimension;
      this.queryMs = queryMs;
      this.embedMs = embedMs;
    }
  }

  private final Infra infra;
  private final MangaCatalog catalog;
  private final String[][] chunks;

  public OpenSearch(Infra infra, MangaCatalog catalog) {
    this.infra = infra;
    this.catalog = catalog;
    this.chunks = new String[catalog.size()][Lang.values().length];
    for (Manga m : catalog.titles()) {
      for (Lang l : Lang.values()) {
        chunks[m.rank()][l.ordinal()] = chunk(m, l);
      }
    }
  }

  public Result search(Question q, int k) {
    double embed = infra.spend(EMBED);
    long now = infra.now();
    FaultPlan faults = infra.faults();
    FaultPlan.Window dim = faults.hit(Component.OPENSEARCH, FaultKind.DIMENSION_MISMATCH, now, null);
    int dimension = dim == null ? DIMENSION : 768;
    FaultPlan.Window w = firstHit(now, FaultKind.INDEX_NOT_FOUND, FaultKind.NETWORK, FaultKind.TIMEOUT);
    if (dim != null || w != null) {
      FaultPlan.Window cause = dim != null ? dim : w;
      double ms = infra.spend(switch (cause.spec().kind()) {
        case NETWORK -> TIMEOUT_MS;
        case TIMEOUT -> TIMEOUT_MS;
        default -> FAST_FAIL.sample(infra.rng());
      });
      throw new Failure(Infra.error(cause, null, null, null), dimension, embed, ms);
    }
    double ms = QUERY.sample(infra.rng()) * faults.multiplier(Component.OPENSEARCH, FaultKind.LATENCY, now, null);
    if (ms > TIMEOUT_MS) {
      FaultPlan.Window slow = faults.activeMultiplier(Component.OPENSEARCH, FaultKind.LATENCY, now, null);
      infra.spend(TIMEOUT_MS);
      throw new Failure(Infra.error(Component.OPENSEARCH, FaultKind.LATENCY,
          slow == null ? FaultPlan.BACKGROUND : slow.spec().id(), null, null), dimension, embed, TIMEOUT_MS);
    }
    infra.spend(ms);
    FaultPlan.Window empty = faults.hit(Component.OPENSEARCH, FaultKind.EMPTY_RESULTS, now, null);
    if (empty != null) {
      return new Result(List.of(), dimension, embed, ms, Infra.error(empty, null, null, null));
    }
    return new Result(hits(q, k), dimension, embed, ms, null);
  }

  private FaultPlan.Window firstHit(long now, FaultKind... kinds) {
    for (FaultKind kind : kinds) {
      FaultPlan.Window w = infra.faults().hit(Component.OPENSEARCH, kind, now, null);
      if (w != null) {
        return w;
      }
    }
    return null;
  }

  private List<Hit> hits(Question q, int k) {
    List<Hit> out = new ArrayList<>(k);
    Manga m = q.manga();
    out.add(new Hit(m, chunks[m.rank()][q.lang().ordinal()], round(0.80 + 0.15 * infra.rng().nextDouble())));
    List<Manga> near = catalog.titles().stream().filter(o -> o.rank() != m.rank()).toList();
    double top = 0.80;
    for (int i = 1; i < k; i++) {
      Manga o = near.stream().filter(n -> n.genreEn().equals(m.genreEn()) && out.stream()
          .noneMatch(h -> h.manga().rank() == n.rank())).findFirst()
          .orElse(near.get(infra.rng().nextInt(near.size())));
      top = Math.min(top, 0.55 + 0.25 * infra.rng().nextDouble());
      out.add(new Hit(o, chunks[o.rank()][q.lang().ordinal()], round(top)));
    }
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  /** The indexed text of a title, in the question's language. */
  static String chunk(Manga m, Lang l) {
    return l == Lang.JA
        ? "『" + m.ja() + "』 著者: " + m.authorJa() + " / 出版社: " + m.publisher() + " / 既刊" + m.volumes()
            + "巻 / 1冊" + m.price() + "円（税込） / ジャンル: " + m.genreJa() + " / ISBN(最新刊): "
            + m.isbn(m.volumes()) + " / あらすじ: " + m.synopsisJa()
        : m.en() + " by " + m.authorEn() + " (" + m.publisher() + "), " + m.volumes() + " volumes, ¥" + m.price()
            + " per volume incl. tax, genre: " + m.genreEn() + ", ISBN (latest): " + m.isbn(m.volumes())
            + ". Story: " + m.synopsisEn();
  }
}
