package io.fmscope.simulator.service;

import io.fmscope.model.fmcall.FmCallStatus;
import io.fmscope.simulator.scenario.ErrorSpec;

/**
 * A failure of a simulated service, carrying what the real client reports: the exception type, the
 * service's error code, the HTTP status and the message. {@link #statusCode()} is public so that the SDK
 * tracer's outcome classifier reads it as it reads AWS SDK exceptions. {@code faultId} names the scenario
 * fault that caused it ({@code background} for the healthy background rate); it is never logged.
 */
public final class ServiceException extends RuntimeException {
  private final String errorType;
  private final String errorCode;
  private final int httpStatus;
  private final String upstream;
  private final String faultId;
  private final FmCallStatus status;

  /** @param status the FM-call status of a request this error hits (PARTIAL for a degraded answer) */
  public ServiceException(ErrorSpec spec, String message, String upstream, String faultId, FmCallStatus status) {
    super(message, null, false, false);
    this.errorType = spec.type();
    this.errorCode = spec.code();
    this.httpStatus = spec.httpStatus();
    this.upstream = upstream;
    this.faultId = faultId;
    this.status = status;
  }

  public FmCallStatus status() {
    return status;
  }

  public String errorType() {
    return errorType;
  }

  /** The service's error code, or the exception type when the service gives none. */
  public String errorCode() {
    return errorCode == null || errorCode.isEmpty() ? errorType : errorCode;
  }

  /** HTTP status of the failed call; 0 when the client gave up without a response. */
  public int statusCode() {
    return httpStatus;
  }

  public String upstream() {
    return upstream;
  }

  public String faultId() {
    return faultId;
  }

  @Override
  public String toString() {
    return errorType + ": " + getMessage();
  }
}
