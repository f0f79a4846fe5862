package io.fmscope.errors;

import java.util.List;

/** The seed's {@code RemediationAction} values: what an automated runbook does first for a pattern. */
public final class RemediationAction {
    public static final String RETRY_WITH_BACKOFF = "RETRY_WITH_BACKOFF";
    public static final String SWITCH_MODEL = "SWITCH_MODEL";
    public static final String REDUCE_INPUT_TOKENS = "REDUCE_INPUT_TOKENS";
    public static final String CLEAR_CACHE = "CLEAR_CACHE";
    public static final String RESET_SESSION = "RESET_SESSION";
    public static final String SCALE_UP = "SCALE_UP";
    public static final String ALERT_OPS = "ALERT_OPS";
    public static final String NO_ACTION = "NO_ACTION";
    public static final String TRUNCATE_CONTEXT = "TRUNCATE_CONTEXT";
    public static final String FALLBACK_RESPONSE = "FALLBACK_RESPONSE";

    public static final List<String> ALL = List.of(RETRY_WITH_BACKOFF, SWITCH_MODEL, REDUCE_INPUT_TOKENS,
            CLEAR_CACHE, RESET_SESSION, SCALE_UP, ALERT_OPS, NO_ACTION, TRUNCATE_CONTEXT, FALLBACK_RESPONSE);

    private RemediationAction() {}
}
