package io.fmscope.query.json;

/**
 * How JSON fields are discovered in a message.
 *
 * @param maxFields    leaves discovered per event, counted in document order (CloudWatch: 200); later ones are not
 * @param embeddedJson also discover the first JSON object inside a message that does not start with one, as
 *                     CloudWatch does for Lambda logs ({@code 2024-05-01T... INFO {"a":1}}); off by default
 */
public record DiscoveryOptions(int maxFields, boolean embeddedJson) {
    /** The current CloudWatch limit (reference section 4; it was 100/1000 in older docs). */
    public static final int CLOUDWATCH_MAX_FIELDS = 200;
    public static final DiscoveryOptions DEFAULT = new DiscoveryOptions(CLOUDWATCH_MAX_FIELDS, false);

    public DiscoveryOptions {
        if (maxFields < 0) {
            throw new IllegalArgumentException("maxFields < 0");
        }
    }
}
