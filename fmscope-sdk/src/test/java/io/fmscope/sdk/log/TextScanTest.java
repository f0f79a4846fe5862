package io.fmscope.sdk.log;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextScanTest {
  private final TextScan manga = new TextScan("manga", "comic", "volume", "chapter", "漫画", "巻");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "おすすめの漫画は？|ja",          // hiragana (the seed's only rule)
      "ワンピース|ja",                  // katakana only
      "ｶﾀｶﾅ|ja",                        // half-width katakana
      "呪術廻戦|ja",                    // kanji only: Japanese by decision (see class comment)
      "𠮷野家|ja",                      // supplementary-plane ideograph
      "best manga like Berserk|en",
      "한국 만화|other",
      "Привет|other",
      "12345 !?|unknown",
      "''|unknown"})
  void detectsLanguageByScript(String text, String language) {
    assertThat(manga.scan(text, 1000).language()).isEqualTo(language);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "MANGA recommendations|true",
      "a Comic book|true",
      "Volume 3 please|true",
      "進撃の巨人 第3巻|true",
      "おすすめの漫画|true",
      "mang a|false",
      "weather today|false"})
  void findsKeywordsCaseInsensitively(String text, boolean found) {
    assertThat(manga.scan(text, 1000).any()).isEqualTo(found);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ISBN 1 isbn 2 IsBn 3|3",
      "isbnisbn|2",
      "no numbers|0"})
  void countsEveryOccurrence(String text, int count) {
    TextScan isbn = new TextScan("isbn");
    assertThat(isbn.scan(text, 1000).hits()[0]).isEqualTo(count);
  }

  @ParameterizedTest(name = "limit {1}")
  @CsvSource({"abc manga, 4, false", "abc manga, 9, true", "abc manga, 8, false"})
  void scansOnlyUpToTheLimit(String text, int limit, boolean found) {
    assertThat(manga.scan(text, limit).any()).isEqualTo(found);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "best manga, then ワンピース|ja",   // keyword first: the rest is only searched for Japanese
      "manga at the start, 呪術廻戦 at the end|ja",
      "manga and 한국|en",
      "the manga|en"})
  void aKeywordFoundEarlyStillLetsLaterJapaneseDecideTheLanguage(String text, String language) {
    TextScan.Result early = manga.scan(text, 1000, true);

    assertThat(early.any()).isTrue();
    assertThat(early.language()).isEqualTo(language)
        .isEqualTo(manga.scan(text, 1000, false).language());
  }

  @Property(tries = 1000)
  void stoppingEarlyNeverChangesTheLanguageOrWhetherAKeywordOccurs(
      @ForAll @StringLength(max = 60) @Chars({'m', 'a', 'n', 'g', 'M', 'A', 'N', 'G', 'c', 'o',
          'i', ' ', '漫', '画', '巻', 'あ', 'ア', '呪', '한', '1'}) @CharRange(from = 'a', to = 'e')
      String text) {
    TextScan.Result full = manga.scan(text, 1000, false);
    TextScan.Result early = manga.scan(text, 1000, true);

    assertThat(early.language()).isEqualTo(full.language());
    assertThat(early.any()).isEqualTo(full.any());
  }
}
