package io.fmscope.sdk.trace;

/** A traced piece of application work that returns a value and may throw the application's own exception. */
@FunctionalInterface
public interface TracedCall<T, E extends Exception> {
    T call() throws E;
}
