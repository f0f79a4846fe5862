package io.fmscope.errors.prompt;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes secrets from an error message before it goes into a prompt for an external assistant: AWS access
 * key ids, secret-looking key=value pairs, bearer tokens and e-mail addresses. Secrets never leave in logs.
 */
public final class Redactor {
    private static final List<Pattern> SECRETS = List.of(
            Pattern.compile("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b"),
            Pattern.compile("(?i)\\b(bearer)\\s+[A-Za-z0-9._~+/-]{8,}=*"),
            Pattern.compile("(?i)\\b(aws_secret_access_key|aws_session_token|secret|password|passwd|api[_-]?key|token)"
                    + "(\\s*[=:]\\s*)(\"[^\"]{1,512}\"|'[^']{1,512}'|[^\\s,;&]{1,512})"),
            Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,24}"));

    private Redactor() {}

    public static String redact(String text) {
        String out = SECRETS.get(0).matcher(text).replaceAll("[REDACTED-KEY-ID]");
        out = SECRETS.get(1).matcher(out).replaceAll("$1 [REDACTED]");
        out = SECRETS.get(2).matcher(out).replaceAll("$1$2[REDACTED]");
        return SECRETS.get(3).matcher(out).replaceAll("[REDACTED-EMAIL]");
    }
}
