package io.fmscope.sdk.cost;

import java.util.OptionalDouble;

/**
 * Prices of one pricing tier in USD per 1,000,000 tokens. An empty cache price means the model has no prompt
 * caching: cache tokens reported for it cannot be priced and are flagged, never treated as free.
 */
public record PriceSheet(double inputPerMillion, double outputPerMillion,
                         OptionalDouble cacheReadPerMillion, OptionalDouble cacheWritePerMillion) {

    public PriceSheet {
        requirePositive("input", inputPerMillion);
        requirePositive("output", outputPerMillion);
        cacheReadPerMillion = checkCache("cache_read", cacheReadPerMillion);
        cacheWritePerMillion = checkCache("cache_write", cacheWritePerMillion);
    }

    /** A tier without prompt caching. */
    public static PriceSheet of(double inputPerMillion, double outputPerMillion) {
        return new PriceSheet(inputPerMillion, outputPerMillion, OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** A tier with prompt caching. */
    public static PriceSheet of(double inputPerMillion, double outputPerMillion,
                                double cacheReadPerMillion, double cacheWritePerMillion) {
        return new PriceSheet(inputPerMillion, outputPerMillion,
                OptionalDouble.of(cacheReadPerMillion), OptionalDouble.of(cacheWritePerMillion));
    }

    private static void requirePositive(String name, double price) {
        if (!(price > 0) || !Double.isFinite(price)) {
            throw new IllegalArgumentException(name + " price must be a positive number of USD per 1M tokens, got "
                    + price);
        }
    }

    private static OptionalDouble checkCache(String name, OptionalDouble price) {
        if (price == null) {
            return OptionalDouble.empty();
        }
        if (price.isPresent() && (!(price.getAsDouble() >= 0) || !Double.isFinite(price.getAsDouble()))) {
            throw new IllegalArgumentException(name + " price must be zero or a positive number of USD per 1M "
                    + "tokens, got " + price.getAsDouble());
        }
        return price;
    }
}
