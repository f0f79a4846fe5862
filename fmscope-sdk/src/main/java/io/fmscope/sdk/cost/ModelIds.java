package io.fmscope.sdk.cost;

import java.util.Locale;
import java.util.Set;

/**
 * How a model id given by the application is turned into the forms that catalog prefixes are matched against.
 *
 * <ol>
 *   <li>Trim and lower-case.</li>
 *   <li>An ARN keeps only its resource id, and only for {@code foundation-model/} and {@code inference-profile/}
 *       resources: {@code arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0}.
 *       Custom, provisioned and application-profile ARNs are opaque or priced differently, so they stay as they
 *       are and resolve to no tier.</li>
 *   <li>A cross-Region inference-profile scope ({@link #SCOPES}) in front of the id is kept in the scoped form
 *       and dropped in the base form: {@code us.anthropic.claude-3-5-haiku-20241022-v1:0} has base form
 *       {@code anthropic.claude-3-5-haiku-20241022-v1:0}.</li>
 * </ol>
 */
final class ModelIds {

    /** Cross-Region inference-profile prefixes Bedrock uses. */
    static final Set<String> SCOPES = Set.of("us", "eu", "apac", "jp", "au", "ca", "us-gov", "global");

    private static final Set<String> PRICEABLE_ARN_RESOURCES = Set.of("foundation-model", "inference-profile");

    private ModelIds() {
    }

    /** The id with ARN wrapping removed, lower case, scope kept. */
    static String scoped(String modelId) {
        String id = modelId.strip().toLowerCase(Locale.ROOT);
        return id.startsWith("arn:") ? arnResource(id) : id;
    }

    /** The scoped id without its inference-profile scope; the same string when there is no scope. */
    static String base(String scopedId) {
        int dot = scopedId.indexOf('.');
        if (dot > 0 && SCOPES.contains(scopedId.substring(0, dot)) && scopedId.indexOf('.', dot + 1) > 0) {
            return scopedId.substring(dot + 1);
        }
        return scopedId;
    }

    /**
     * Whether {@code pattern} is a prefix of {@code id} that ends on a version boundary: the id ends there, or
     * continues with {@code :}, or with {@code -} and a token that is not a short number. So
     * {@code anthropic.claude-opus-4} matches {@code anthropic.claude-opus-4-20250514-v1:0} (a date follows)
     * but not {@code anthropic.claude-opus-4-1-20250805-v1:0} (a minor version follows).
     */
    static boolean matches(String pattern, String id) {
        if (!id.startsWith(pattern)) {
            return false;
        }
        int at = pattern.length();
        if (at == id.length() || id.charAt(at) == ':') {
            return true;
        }
        if (id.charAt(at) != '-') {
            return false;
        }
        int end = at + 1;
        while (end < id.length() && Character.isLetterOrDigit(id.charAt(end))) {
            end++;
        }
        String token = id.substring(at + 1, end);
        boolean number = !token.isEmpty() && token.chars().allMatch(c -> c >= '0' && c <= '9');
        return !number || token.length() >= 8;
    }

    private static String arnResource(String arn) {
        // arn:partition:service:region:account:resource-type/resource-id (the resource id may contain ':')
        int colon = -1;
        for (int i = 0; i < 5; i++) {
            colon = arn.indexOf(':', colon + 1);
            if (colon < 0) {
                return arn;
            }
        }
        String resource = arn.substring(colon + 1);
        int slash = resource.indexOf('/');
        if (slash < 0 || !PRICEABLE_ARN_RESOURCES.contains(resource.substring(0, slash))) {
            return arn;
        }
        return resource.substring(slash + 1);
    }
}
