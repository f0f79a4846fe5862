package io.fmscope.simulator.traffic;

/** The languages MangaAssist's customers write in. */
public enum Lang {
  JA("ja"),
  EN("en");

  private final String key;

  Lang(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
