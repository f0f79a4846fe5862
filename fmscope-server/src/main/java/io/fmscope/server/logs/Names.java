package io.fmscope.server.logs;

import io.fmscope.server.api.ApiException;
import java.util.regex.Pattern;

/** The naming and range constraints of the CloudWatch Logs model, with AWS's validation wording. */
public final class Names {
    private static final Pattern GROUP = Pattern.compile("[.\\-_/#A-Za-z0-9]+");
    private static final Pattern STREAM = Pattern.compile("[^:*]*");
    private static final Pattern IDENTIFIER = Pattern.compile("[\\w#+=/:,.@-]*");

    private Names() {
    }

    public static String group(String member, String name) {
        required(member, name);
        if (name.isEmpty() || name.length() > 512) {
            throw ApiException.validation(member, name, "Member must have length between 1 and 512");
        }
        if (!GROUP.matcher(name).matches()) {
            throw ApiException.validation(member, name,
                    "Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+");
        }
        return name;
    }

    public static String stream(String member, String name) {
        required(member, name);
        if (name.isEmpty() || name.length() > 512) {
            throw ApiException.validation(member, name, "Member must have length between 1 and 512");
        }
        if (!STREAM.matcher(name).matches()) {
            throw ApiException.validation(member, name, "Member must satisfy regular expression pattern: [^:*]*");
        }
        return name;
    }

    /** A group given by exactly one of name or identifier (a name or an ARN without the trailing {@code :*}). */
    public static String groupOrIdentifier(String name, String identifier) {
        if ((name == null) == (identifier == null)) {
            throw ApiException.invalidParameter("Exactly one of logGroupName or logGroupIdentifier must be given");
        }
        if (name != null) {
            return group("logGroupName", name);
        }
        return identifier("logGroupIdentifier", identifier);
    }

    /** The group name inside a log group identifier. */
    public static String identifier(String member, String identifier) {
        if (identifier.isEmpty() || identifier.length() > 2048 || !IDENTIFIER.matcher(identifier).matches()) {
            throw ApiException.validation(member, identifier,
                    "Member must satisfy regular expression pattern: [\\w#+=/:,.@-]*");
        }
        int at = identifier.indexOf(":log-group:");
        if (!identifier.startsWith("arn:") || at < 0) {
            return group(member, identifier);
        }
        String name = identifier.substring(at + ":log-group:".length());
        if (name.endsWith(":*")) {
            throw ApiException.invalidParameter("Log group ARN must not end with ':*': " + identifier);
        }
        return group(member, name);
    }

    public static void required(String member, Object value) {
        if (value == null) {
            throw ApiException.validation(member, null, "Member must not be null");
        }
    }

    /** {@code value} or {@code dflt}, checked against [min, max]. */
    public static int range(String member, Integer value, int dflt, int min, int max) {
        int v = value == null ? dflt : value;
        if (v < min) {
            throw ApiException.validation(member, v, "Member must have value greater than or equal to " + min);
        }
        if (v > max) {
            throw ApiException.validation(member, v, "Member must have value less than or equal to " + max);
        }
        return v;
    }
}
