package io.fmscope.sdk.trace;

import java.lang.reflect.Method;
import java.util.Locale;

/**
 * Default {@link OutcomeClassifier}. AWS SDK exceptions expose their HTTP status ({@code statusCode()} in v2,
 * {@code getStatusCode()} in v1); read it reflectively so the SDK needs no AWS dependency. Otherwise the
 * exception's simple name and message are matched, as the seed's tracer does ("throttl" → throttle),
 * along the cause chain. Anything unrecognised is a fault, like X-Ray's status-ERROR-without-code rule.
 */
final class ExceptionOutcomes implements OutcomeClassifier {
    static final ExceptionOutcomes INSTANCE = new ExceptionOutcomes();
    private static final int MAX_CAUSES = 5;

    private ExceptionOutcomes() {
    }

    @Override public Outcome classify(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            int status = exposedStatus(t);
            if (status >= 400 && status < 600) return Outcome.ofStatus(status);
            int named = statusFromText(t.getClass().getSimpleName() + " " + t.getMessage());
            if (named > 0) return Outcome.ofStatus(named);
        }
        return Outcome.unknownFault();
    }

    static int statusFromText(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        if (s.contains("throttl") || s.contains("toomanyrequests") || s.contains("too many requests")
                || s.contains("rate exceeded")) return 429;
        if (s.contains("timeout") || s.contains("timed out")) return 504;
        if (s.contains("validation") || s.contains("accessdenied") || s.contains("access denied")
                || s.contains("badrequest") || s.contains("notfound") || s.contains("not found")) return 400;
        if (s.contains("serviceunavailable") || s.contains("unavailable")) return 503;
        return 0;
    }

    private static int exposedStatus(Throwable t) {
        for (String name : new String[] {"statusCode", "getStatusCode"}) {
            try {
                Method m = t.getClass().getMethod(name);
                if (m.getParameterCount() == 0 && (m.getReturnType() == int.class)) return (int) m.invoke(t);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                // not exposed by this exception type; try the next accessor
            }
        }
        return 0;
    }
}
