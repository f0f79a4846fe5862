/**
 * Client-side remediation around a foundation-model call: retry with exponential backoff and full
 * jitter, a retry budget (token bucket), per-model circuit breakers (resilience4j), a model fallback
 * chain and a token budget ({@code tokens} subpackage). {@link io.fmscope.sdk.resilience.ResilientInvoker}
 * composes them and records every decision in a {@link io.fmscope.sdk.resilience.ResilienceOutcome}.
 * Nothing here throws into the application's call path: failures come back as
 * {@link io.fmscope.sdk.resilience.InvocationResult.Failure}.
 */
package io.fmscope.sdk.resilience;
