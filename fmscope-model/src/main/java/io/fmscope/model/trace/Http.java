package io.fmscope.model.trace;

/**
 * The X-Ray {@code http} block (also filled from OTel {@code http.*}/{@code url.*} attributes). Absent
 * strings are null; absent numbers are null.
 *
 * @param traced subsegments only: the callee is traced, so its segment should arrive
 */
public record Http(String method, String url, String userAgent, String clientIp, Integer status,
                   Long contentLength, boolean xForwardedFor, boolean traced) {

    public static final Http NONE = new Http(null, null, null, null, null, null, false, false);

    public boolean isEmpty() {
        return equals(NONE);
    }

    public Http withStatus(Integer s) {
        return new Http(method, url, userAgent, clientIp, s, contentLength, xForwardedFor, traced);
    }
}
