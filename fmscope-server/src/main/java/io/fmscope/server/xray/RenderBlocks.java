package io.fmscope.server.xray;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fmscope.model.trace.AttributeValue;
import io.fmscope.model.trace.AwsCall;
import io.fmscope.model.trace.Cause;
import io.fmscope.model.trace.Http;
import io.fmscope.model.trace.Span;
import io.fmscope.model.trace.SpanException;
import io.fmscope.model.trace.StackFrame;

/** The nested blocks of a rendered segment document (the inverse of {@link SegmentBlocks}). */
final class RenderBlocks {
    private RenderBlocks() {
    }

    static void fill(ObjectNode o, Span s) {
        http(o, s.http());
        aws(o, s.aws());
        if (s.outcome().error()) {
            o.put("error", true);
        }
        if (s.outcome().throttle()) {
            o.put("throttle", true);
        }
        if (s.outcome().fault()) {
            o.put("fault", true);
        }
        cause(o, s.cause());
        if (!s.annotations().isEmpty()) {
            o.set("annotations", JsonValues.toJson(s.annotations()));
        }
        if (!s.metadata().isEmpty()) {
            ObjectNode meta = o.putObject("metadata");
            s.metadata().forEach((ns, m) -> meta.set(ns, JsonValues.toJson(m)));
        }
        if (s.attributes().get("enduser.id") instanceof AttributeValue.StringValue u) {
            o.put("user", u.value());
        }
        if (s.attributes().get("service.version") instanceof AttributeValue.StringValue v && s.segment()) {
            o.putObject("service").put("version", v.value());
        }
        for (String f : new String[] {"sql", "precursor_ids", "resource_arn"}) {
            AttributeValue v = s.attributes().get("xray." + f);
            if (v != null) {
                o.set(f, JsonValues.toJson(v));
            }
        }
    }

    private static void http(ObjectNode o, Http h) {
        if (h.isEmpty()) {
            return;
        }
        ObjectNode http = o.putObject("http");
        ObjectNode req = http.putObject("request");
        putText(req, "method", h.method());
        putText(req, "url", h.url());
        putText(req, "user_agent", h.userAgent());
        putText(req, "client_ip", h.clientIp());
        if (h.xForwardedFor()) {
            req.put("x_forwarded_for", true);
        }
        if (h.traced()) {
            req.put("traced", true);
        }
        if (h.status() != null || h.contentLength() != null) {
            ObjectNode res = http.putObject("response");
            if (h.status() != null) {
                res.put("status", h.status());
            }
            if (h.contentLength() != null) {
                res.put("content_length", h.contentLength());
            }
        }
    }

    private static void aws(ObjectNode o, AwsCall a) {
        if (a.isEmpty()) {
            return;
        }
        ObjectNode aws = o.putObject("aws");
        putText(aws, "operation", a.operation());
        putText(aws, "account_id", a.accountId());
        putText(aws, "region", a.region());
        putText(aws, "request_id", a.requestId());
        putText(aws, "table_name", a.tableName());
        putText(aws, "queue_url", a.queueUrl());
        if (a.retries() != null) {
            aws.put("retries", a.retries());
        }
        a.other().forEach((k, v) -> aws.set(k, JsonValues.toJson(v)));
    }

    private static void cause(ObjectNode o, Cause c) {
        if (c.isEmpty()) {
            return;
        }
        if (c.exceptionRef() != null) {
            o.put("cause", c.exceptionRef());
            return;
        }
        ObjectNode cause = o.putObject("cause");
        putText(cause, "working_directory", c.workingDirectory());
        if (!c.paths().isEmpty()) {
            var paths = cause.putArray("paths");
            c.paths().forEach(paths::add);
        }
        var exs = cause.putArray("exceptions");
        for (SpanException e : c.exceptions()) {
            ObjectNode x = exs.addObject();
            putText(x, "id", e.id());
            putText(x, "type", e.type());
            putText(x, "message", e.message());
            if (e.remote()) {
                x.put("remote", true);
            }
            if (e.truncated() > 0) {
                x.put("truncated", e.truncated());
            }
            if (e.skipped() > 0) {
                x.put("skipped", e.skipped());
            }
            putText(x, "cause", e.causeId());
            if (!e.stack().isEmpty()) {
                var stack = x.putArray("stack");
                for (StackFrame f : e.stack()) {
                    ObjectNode frame = stack.addObject();
                    putText(frame, "path", f.path());
                    frame.put("line", f.line());
                    putText(frame, "label", f.label());
                }
            }
        }
    }

    private static void putText(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }
}
