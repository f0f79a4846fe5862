package io.fmscope.simulator.scenario;

/**
 * An error as a simulated client reports it.
 *
 * @param type the exception's name, logged as {@code error.error_type}
 * @param code the service's error code ({@code error.error_code}); may be empty
 * @param httpStatus the HTTP status of the failed call, 0 when the client gave up without one
 * @param message the message as the client prints it, with {@code {model}}, {@code {session_id}} and
 *     {@code {tokens}} placeholders
 */
public record ErrorSpec(String type, String code, int httpStatus, String message) {

  /** The message with its placeholders filled in (a null value leaves the placeholder). */
  public String render(String model, String sessionId, Long tokens) {
    String m = message;
    if (model != null) {
      m = m.replace("{model}", model);
    }
    if (sessionId != null) {
      m = m.replace("{session_id}", sessionId);
    }
    if (tokens != null) {
      m = m.replace("{tokens}", Long.toString(tokens));
    }
    return m;
  }
}
