package io.fmscope.simulator.traffic;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The store's catalog, {@code io/fmscope/simulator/manga-catalog.yaml}, most popular first. */
public final class MangaCatalog {
  private static final String RESOURCE = "/io/fmscope/simulator/manga-catalog.yaml";
  private static final MangaCatalog BUILT_IN = load();

  private final List<Manga> titles;

  private MangaCatalog(List<Manga> titles) {
    this.titles = List.copyOf(titles);
  }

  public static MangaCatalog builtIn() {
    return BUILT_IN;
  }

  public List<Manga> titles() {
    return titles;
  }

  public Manga get(int rank) {
    return titles.get(rank);
  }

  public int size() {
    return titles.size();
  }

  private record Raw(String ja, String en, @JsonProperty("author_ja") String authorJa,
      @JsonProperty("author_en") String authorEn, String publisher, int volumes, int price,
      @JsonProperty("genre_ja") String genreJa, @JsonProperty("genre_en") String genreEn, boolean mature,
      @JsonProperty("synopsis_ja") String synopsisJa, @JsonProperty("synopsis_en") String synopsisEn) {}

  private record RawFile(List<Raw> titles) {}

  private static MangaCatalog load() {
    YAMLMapper yaml = new YAMLMapper();
    yaml.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try (InputStream in = MangaCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing from the classpath");
      }
      List<Manga> out = new ArrayList<>();
      for (Raw r : yaml.readValue(in, RawFile.class).titles()) {
        out.add(new Manga(out.size(), r.ja(), r.en(), r.authorJa(), r.authorEn(), r.publisher(), r.volumes(),
            r.price(), r.genreJa(), r.genreEn(), r.mature(), r.synopsisJa(), r.synopsisEn()));
      }
      return new MangaCatalog(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
