package io.fmscope.patterns.discovery;

/** A discovered pattern could not be promoted; the message says why and what to do, for the user. */
public final class PromotionException extends RuntimeException {
    public PromotionException(String message) {
        super(message);
    }
}
