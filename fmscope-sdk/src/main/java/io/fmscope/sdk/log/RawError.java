package io.fmscope.sdk.log;

import io.fmscope.model.fmcall.FmCallStatus;

/**
 * An error as the application reported it, before classification. Strings are already repaired:
 * never null, cut to their limits, secrets redacted from the message.
 *
 * @param errorType e.g. {@code ThrottlingException}; {@code Unknown} when not given
 * @param errorCode e.g. {@code 429}; {@code UNKNOWN} when not given
 * @param errorMessage the message, possibly empty
 * @param upstreamService e.g. {@code bedrock}; empty when not given
 * @param status the call's status
 * @param retryCount retries made before giving up
 * @param stackTraceHash 16 hex chars, or empty when no stack trace was given
 */
public record RawError(
    String errorType,
    String errorCode,
    String errorMessage,
    String upstreamService,
    FmCallStatus status,
    int retryCount,
    String stackTraceHash) {}
