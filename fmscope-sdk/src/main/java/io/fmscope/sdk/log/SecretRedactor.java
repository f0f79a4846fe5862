package io.fmscope.sdk.log;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces credentials in free text with {@value #REDACTED} before anything is written: AWS
 * access key ids, {@code key=value} pairs whose key names a secret, bearer/basic authorization,
 * API keys with well-known prefixes (Anthropic/OpenAI {@code sk-}, GitHub, Slack, Google), JWTs,
 * PEM private keys and passwords in URLs. Texts shorter than the shortest secret are not scanned.
 */
public final class SecretRedactor {
  /** What replaces a secret. */
  public static final String REDACTED = "[REDACTED]";

  private static final int MIN_SECRET_CHARS = 8;
  private static final String KEY_NAMES = "aws_secret_access_key|aws_session_token|secret[_-]?key"
      + "|client[_-]?secret|secret|password|passwd|pwd|api[_-]?key|access[_-]?token"
      + "|auth[_-]?token|refresh[_-]?token|token|private[_-]?key";

  /** Group 1 (when present) is kept: the part before the secret. */
  private static final List<Pattern> PATTERNS = List.of(
      Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?"
          + "(?:-----END [A-Z ]*PRIVATE KEY-----|$)"),
      Pattern.compile("(?i)((?:\"|')?\\b(?:" + KEY_NAMES + ")(?:\"|')?\\s*[:=]\\s*(?:\"|')?)"
          + "[^\\s\"',;&}]+"),
      Pattern.compile("(?i)(\\b(?:bearer|basic)\\s+)[A-Za-z0-9._~+/=-]{8,}"),
      Pattern.compile("\\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\\b"),
      Pattern.compile("\\bsk-[A-Za-z0-9_-]{16,}"),
      Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{30,}"),
      Pattern.compile("\\bxox[abprs]-[A-Za-z0-9-]{10,}"),
      Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}"),
      Pattern.compile("\\beyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}"),
      Pattern.compile("(://[^/\\s:@]+:)[^/\\s@]+(?=@)"));

  /** A map key whose last word names a credential ({@code api_key}, {@code x-auth-token}...). */
  private static final Pattern SECRET_KEY_NAME = Pattern.compile("(?:^|.*_)(?:password|passwd|pwd"
      + "|secret|secret_?key|client_?secret|api_?key|access_?token|auth_?token|api_?token"
      + "|refresh_?token|session_?token|token|private_?key|credentials?|authorization|cookie"
      + "|signature|aws_secret_access_key)");

  private static final Pattern CAMEL_BOUNDARY = Pattern.compile("([a-z0-9])([A-Z])");

  private static final int MEMO_MAX_ENTRIES = 4096;
  private static final int MEMO_MAX_CHARS = 256;
  private static final Map<String, String> MEMO = new ConcurrentHashMap<>();
  private static final Map<String, Boolean> KEY_MEMO = new ConcurrentHashMap<>();

  private SecretRedactor() {}

  /** The text with every secret replaced; the same instance when nothing matched. */
  public static String redact(String text) {
    if (text == null || text.length() < MIN_SECRET_CHARS) {
      return text;
    }
    String out = text;
    for (Pattern p : PATTERNS) {
      Matcher m = p.matcher(out);
      if (!m.find()) {
        continue;
      }
      StringBuilder sb = new StringBuilder(out.length());
      do {
        String keep = m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : "";
        m.appendReplacement(sb, Matcher.quoteReplacement(keep + REDACTED));
      } while (m.find());
      m.appendTail(sb);
      out = sb.toString();
    }
    return out;
  }

  /**
   * {@link #redact} with a bounded memo, for short values that repeat (tag values, tag keys): the
   * regexes then run once per distinct value instead of once per record.
   */
  public static String redactRepeated(String text) {
    if (text == null || text.length() < MIN_SECRET_CHARS || text.length() > MEMO_MAX_CHARS) {
      return redact(text);
    }
    String hit = MEMO.get(text);
    if (hit != null) {
      return hit;
    }
    String r = redact(text);
    if (MEMO.size() < MEMO_MAX_ENTRIES) {
      MEMO.put(text, r);
    }
    return r;
  }

  /** {@link #isSecretKeyName} with a bounded memo (map keys come from a small set). */
  public static boolean isSecretKeyNameRepeated(String key) {
    if (key == null) {
      return false;
    }
    Boolean hit = KEY_MEMO.get(key);
    if (hit != null) {
      return hit;
    }
    boolean r = isSecretKeyName(key);
    if (KEY_MEMO.size() < MEMO_MAX_ENTRIES && key.length() <= MEMO_MAX_CHARS) {
      KEY_MEMO.put(key, r);
    }
    return r;
  }

  /** True when a map key (a tag, a session detail) names a credential, so its value is dropped. */
  public static boolean isSecretKeyName(String key) {
    if (key == null) {
      return false;
    }
    String k = CAMEL_BOUNDARY.matcher(key).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
    return SECRET_KEY_NAME.matcher(k.replace('-', '_').replace('.', '_').replace(' ', '_'))
        .matches();
  }
}
