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

  @Property(tries = 500)
  void textsEncodedChunkByChunkHashLikeGetBytes(@ForAll("texts") String text)
      throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    String expected = HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)))
        .substring(0, 16);

    assertThat(Sha256Prefix.of(text)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> texts() {
    // all chars (one to three UTF-8 bytes, lone surrogates, pairs), short and across chunks; pairs
    // and lone surrogates at the chunk boundary
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(300),
        Arbitraries.strings().withChars("aé漫\uD842\uDFB7\uDC00").ofMaxLength(40),
        Arbitraries.strings().all().ofMinLength(300).ofMaxLength(9000),
        Arbitraries.strings().withChars("a漫\uD842\uDFB7\uD842x")
            .ofMinLength(Sha256Prefix.CHUNK - 6).ofMaxLength(2 * Sha256Prefix.CHUNK + 4));
  }
}
