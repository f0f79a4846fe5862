package io.fmscope.server.xray.sampling;

import io.fmscope.server.xray.XRayException;

/** The model's constraints on a sampling rule, with AWS's validation wording. */
final class RuleValidation {
    private RuleValidation() {
    }

    static void check(SamplingRule r, boolean creating) {
        if (r == null) {
            throw XRayException.invalidRequest("SamplingRule is required");
        }
        if (creating) {
            length("RuleName", r.ruleName(), 1, 32);
            required("ResourceARN", r.resourceArn());
            required("ServiceName", r.serviceName());
            required("ServiceType", r.serviceType());
            required("Host", r.host());
            required("HTTPMethod", r.httpMethod());
            required("URLPath", r.urlPath());
            if (r.version() != null && r.version() != 1) {
                fail("version", r.version(), "Member must be 1");
            }
        }
        if (r.priority() == null || r.priority() < 1 || r.priority() > (SamplingRule.DEFAULT.equals(r.ruleName())
                ? 10000 : 9999)) {
            fail("priority", r.priority(), "Member must have value between 1 and 9999");
        }
        if (r.fixedRate() == null || r.fixedRate() < 0 || r.fixedRate() > 1) {
            fail("fixedRate", r.fixedRate(), "Member must have value between 0 and 1");
        }
        if (r.reservoirSize() == null || r.reservoirSize() < 0) {
            fail("reservoirSize", r.reservoirSize(), "Member must have value greater than or equal to 0");
        }
        length("ServiceName", r.serviceName(), 0, 64);
        length("ServiceType", r.serviceType(), 0, 64);
        length("Host", r.host(), 0, 64);
        length("HTTPMethod", r.httpMethod(), 0, 10);
        length("URLPath", r.urlPath(), 0, 128);
        length("ResourceARN", r.resourceArn(), 0, 500);
        if (r.attributes() != null && r.attributes().size() > 5) {
            fail("attributes", r.attributes(), "Member must have at most 5 entries");
        }
    }

    private static void required(String member, String value) {
        if (value == null) {
            fail(lower(member), null, "Member must not be null");
        }
    }

    private static void length(String member, String value, int min, int max) {
        if (value == null && min > 0) {
            fail(lower(member), null, "Member must not be null");
        }
        if (value != null && (value.length() < min || value.length() > max)) {
            fail(lower(member), value, "Member must have length between " + min + " and " + max);
        }
    }

    private static String lower(String member) {
        return Character.toLowerCase(member.charAt(0)) + member.substring(1);
    }

    private static void fail(String member, Object value, String constraint) {
        throw XRayException.invalidRequest("1 validation error detected: Value '" + value + "' at 'samplingRule."
                + member + "' failed to satisfy constraint: " + constraint);
    }
}
