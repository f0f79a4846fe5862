package io.fmscope.sdk.resilience;

import io.fmscope.sdk.resilience.tokens.ContextRequest;
import io.fmscope.sdk.resilience.tokens.FitResult;
import io.fmscope.sdk.resilience.tokens.FittedPrompt;
import io.fmscope.sdk.resilience.tokens.TruncationReport;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The mutable state of one {@link ResilientInvoker#invoke} call; confined to the calling thread. */
final class Invocation<R> {

    /** How one model's attempts ended, and whether the next model should be tried. */
    private record ModelStop<R>(StopReason reason, R value, boolean tryNext) {
    }

    private final ResilientInvoker inv;
    private final ContextRequest request;
    private final ModelCall<R> call;
    private final List<Attempt> attempts = new ArrayList<>();
    private Instant start;
    private String model;
    private int retries;
    private Duration backoff = Duration.ZERO;
    private TruncationReport truncation = TruncationReport.NONE;
    private int estimatedTokens;
    private Throwable appError;
    private Throwable sdkError;
    /** Budget tokens taken for the retry in flight on the current model; refunded if it succeeds. */
    private int lastRetryCost;

    Invocation(ResilientInvoker inv, ContextRequest request, ModelCall<R> call) {
        this.inv = inv;
        this.request = request;
        this.call = call;
        this.model = inv.chain.primary().modelId();
    }

    InvocationResult<R> run() {
        start = inv.clock.instant();
        StopReason stop = StopReason.INTERNAL_ERROR;
        for (ModelSpec spec : inv.chain.models()) {
            if (deadlinePassed()) {
                stop = StopReason.DEADLINE_EXCEEDED;
                break;
            }
            model = spec.modelId();
            ModelStop<R> s = switch (inv.tokens.fit(request, spec.contextWindowTokens(), spec.maxOutputTokens())) {
                case FitResult.TooLarge t -> tooLarge(t);
                case FitResult.Fitted f -> {
                    truncation = f.report();
                    estimatedTokens = f.prompt().estimatedInputTokens();
                    yield attempts(f.prompt());
                }
            };
            if (s.reason() == StopReason.SUCCEEDED) return new InvocationResult.Success<>(s.value(), outcome(s.reason()));
            stop = s.reason();
            if (!s.tryNext()) break;
        }
        Throwable error = appError != null ? appError : sdkError;
        if (error == null) error = new IllegalStateException("invocation stopped (" + stop + ") without an error");
        return new InvocationResult.Failure<>(error, outcome(stop));
    }

    InvocationResult<R> internalFailure(RuntimeException e) {
        return new InvocationResult.Failure<>(e, outcome(StopReason.INTERNAL_ERROR));
    }

    private ModelStop<R> tooLarge(FitResult.TooLarge t) {
        truncation = TruncationReport.NONE;
        estimatedTokens = t.requiredTokens();
        sdkError = new PromptTooLargeException(model, t.requiredTokens(), t.usableTokens());
        attempts.add(new Attempt(model, Attempt.Status.PROMPT_TOO_LARGE, "PromptTooLarge", "CONTEXT_WINDOW", null, null));
        return new ModelStop<>(StopReason.PROMPT_TOO_LARGE, null, true);
    }

    /** Attempts on the current model until success, a non-retryable error or a limit. */
    private ModelStop<R> attempts(FittedPrompt prompt) {
        lastRetryCost = 0;
        for (int attempt = 0; ; attempt++) {
            if (deadlinePassed()) return new ModelStop<>(StopReason.DEADLINE_EXCEEDED, null, false);
            CircuitBreaker cb = inv.breakers.forModel(model);
            if (!cb.tryAcquirePermission()) {
                sdkError = CallNotPermittedException.createCallNotPermittedException(cb);
                attempts.add(new Attempt(model, Attempt.Status.REJECTED_BY_BREAKER, "CallNotPermittedException", "", null, null));
                return new ModelStop<>(StopReason.CIRCUIT_OPEN, null, true);
            }
            Instant t0 = inv.clock.instant();
            R value;
            try {
                value = call.call(model, prompt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cb.releasePermission();
                appError = e;
                attempts.add(failed(classify(e), since(t0)));
                return new ModelStop<>(StopReason.INTERRUPTED, null, false);
            } catch (Exception e) {
                Duration latency = since(t0);
                Classification c = classify(e);
                if (c.retryable()) cb.onError(latency.toNanos(), TimeUnit.NANOSECONDS, e);
                else cb.releasePermission(); // client errors say nothing about the model's health
                appError = e;
                attempts.add(failed(c, latency));
                ModelStop<R> stop = retryOrStop(attempt, c, cb);
                if (stop != null) return stop;
                continue;
            } catch (Error err) {
                cb.releasePermission();
                throw err;
            }
            Duration latency = since(t0);
            cb.onSuccess(latency.toNanos(), TimeUnit.NANOSECONDS);
            inv.budget.recordSuccess(lastRetryCost);
            attempts.add(new Attempt(model, Attempt.Status.SUCCEEDED, "", "", latency, null));
            return new ModelStop<>(StopReason.SUCCEEDED, value, false);
        }
    }

    /** Decides on a retry after a failed attempt; sleeps and returns null to retry, else how to stop. */
    private ModelStop<R> retryOrStop(int attempt, Classification c, CircuitBreaker cb) {
        if (!c.retryable()) return new ModelStop<>(StopReason.NOT_RETRYABLE, null, c.fallback());
        if (attempt + 1 >= inv.retry.maxAttempts()) return new ModelStop<>(StopReason.ATTEMPTS_EXHAUSTED, null, c.fallback());
        // This failure opened the breaker: a backoff would only end in a rejection, so move on now.
        if (cb.getState() == CircuitBreaker.State.OPEN) return new ModelStop<>(StopReason.CIRCUIT_OPEN, null, true);
        Duration delay = inv.retry.backoff().delay(attempt, inv.random);
        if (inv.retry.hasDeadline() && elapsed().plus(delay).compareTo(inv.retry.deadline()) > 0) {
            return new ModelStop<>(StopReason.DEADLINE_EXCEEDED, null, c.fallback());
        }
        int cost = inv.budget.tryAcquire(c.timeout());
        if (cost < 0) return new ModelStop<>(StopReason.RETRY_BUDGET_EXHAUSTED, null, c.fallback());
        try {
            inv.sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            inv.budget.refund(cost);
            return new ModelStop<>(StopReason.INTERRUPTED, null, false);
        }
        attempts.set(attempts.size() - 1, attempts.getLast().withBackoff(delay));
        backoff = backoff.plus(delay);
        retries++;
        lastRetryCost = cost;
        return null;
    }

    private Attempt failed(Classification c, Duration latency) {
        return new Attempt(model, Attempt.Status.FAILED, c.errorCode(), c.category(), latency, null);
    }

    private Classification classify(Throwable e) {
        try {
            Classification c = inv.classifier.classify(e);
            if (c != null) return c;
        } catch (RuntimeException classifierBug) {
            // fall through: an unclassifiable error is treated as unknown, i.e. not retried
        }
        return Classification.unknown(e.getClass().getSimpleName());
    }

    private Duration since(Instant t0) {
        Duration d = Duration.between(t0, inv.clock.instant());
        return d.isNegative() ? Duration.ZERO : d;
    }

    private Duration elapsed() {
        return since(start);
    }

    private boolean deadlinePassed() {
        return inv.retry.hasDeadline() && elapsed().compareTo(inv.retry.deadline()) >= 0;
    }

    private ResilienceOutcome outcome(StopReason stop) {
        String primary = inv.chain.primary().modelId();
        boolean fallback = attempts.stream().anyMatch(a -> !a.modelId().equals(primary));
        return new ResilienceOutcome(stop, retries, fallback, primary, model, truncation.applied(),
                truncation.tokensTruncated(), truncation.historyTurnsDropped(), truncation.ragChunksDropped(),
                estimatedTokens, inv.breakers.state(model), backoff, attempts);
    }
}
