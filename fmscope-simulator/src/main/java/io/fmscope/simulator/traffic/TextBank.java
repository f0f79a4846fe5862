package io.fmscope.simulator.traffic;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Questions, answers, system prompts and fallback texts, {@code io/fmscope/simulator/texts.yaml}. */
public final class TextBank {
  private static final String RESOURCE = "/io/fmscope/simulator/texts.yaml";
  private static final TextBank BUILT_IN = load();

  private record Raw(Map<String, String> system, Map<String, Map<String, List<String>>> questions,
      Map<String, Map<String, String>> answers, Map<String, String> fallback) {}

  private final Raw raw;

  private TextBank(Raw raw) {
    this.raw = raw;
  }

  public static TextBank builtIn() {
    return BUILT_IN;
  }

  public String system(Lang l) {
    return raw.system().get(l.key());
  }

  public List<String> questions(Intent i, Lang l) {
    return raw.questions().get(i.key()).get(l.key());
  }

  public String answer(Intent i, Lang l) {
    return raw.answers().get(i.key()).get(l.key());
  }

  /** What the user is told when no answer could be made. */
  public String fallback(Lang l) {
    return raw.fallback().get(l.key());
  }

  private static TextBank load() {
    YAMLMapper yaml = new YAMLMapper();
    yaml.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try (InputStream in = TextBank.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing from the classpath");
      }
      TextBank bank = new TextBank(yaml.readValue(in, Raw.class));
      for (Intent i : Intent.values()) {
        for (Lang l : Lang.values()) {
          if (bank.questions(i, l).isEmpty() || bank.answer(i, l) == null) {
            throw new IllegalStateException(RESOURCE + ": no " + l.key() + " text for " + i.key());
          }
        }
      }
      return bank;
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }
}
