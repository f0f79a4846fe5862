package io.fmscope.sdk.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Sha256PrefixTest {

  // expected values computed with Python: hashlib.sha256(t.encode("utf-8")).hexdigest()[:16]
  @ParameterizedTest(name = "[{index}] -> {1}")
  @CsvSource(delimiter = '|', value = {
      "hello|2cf24dba5fb0a30e",
      "こんにちは manga|e9f9ee93f6b0326e",
      "呪術廻戦 最新刊|d975b18a00fcddc9",
      "''|e3b0c44298fc1c14"})
  void matchesPythonHashlib(String text, String hash) {
    assertThat(Sha256Prefix.of(text)).isEqualTo(hash);
  }

  @Property(tries = 300)
  void longTextsStreamedThroughTheEncoderHashLikeGetBytes(@ForAll("texts") String text)
      throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    String expected = HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)))
        .substring(0, 16);

    assertThat(Sha256Prefix.of(text)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> texts() {
    // all chars, including lone surrogates and pairs, across the short/long and chunk boundaries
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMinLength(Sha256Prefix.SHORT_TEXT - 2).ofMaxLength(9000),
        Arbitraries.strings().withChars("a漫\uD842\uDFB7\uD842x").ofMinLength(4090)
            .ofMaxLength(4100));
  }
}
