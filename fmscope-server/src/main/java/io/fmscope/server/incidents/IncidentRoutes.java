package io.fmscope.server.incidents;

import io.fmscope.incidents.Incident;
import io.fmscope.incidents.json.IncidentJson;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The incident HTTP API. Handlers only decode parameters, call {@link IncidentService}, and encode JSON; a bad
 * parameter is a 400 and an unknown incident a 404, both with {@code {"message": ...}}.
 * <ul>
 *   <li>{@code GET /api/incidents[?status=open|closed]}: the detector's status and its incidents, newest first</li>
 *   <li>{@code GET /api/incidents/{id}}: one incident</li>
 *   <li>{@code GET /api/diagnose?since=15m} or {@code ?incident=ID}: ranked root-cause hypotheses</li>
 * </ul>
 */
public final class IncidentRoutes {
    private final IncidentService service;

    public IncidentRoutes(IncidentService service) {
        this.service = service;
    }

    /** GET routes by path. */
    public Map<String, Handler> routes() {
        Map<String, Handler> r = new LinkedHashMap<>();
        r.put("/api/incidents", handler(this::list));
        r.put("/api/incidents/{id}", handler(ctx -> service.incident(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFound("no incident " + ctx.pathParam("id")))));
        r.put("/api/diagnose", handler(this::diagnose));
        return r;
    }

    private Object list(Context ctx) {
        String status = ctx.queryParam("status");
        if (status != null && !status.isBlank() && !status.equals("open") && !status.equals("closed"))
            throw new IllegalArgumentException("status must be open or closed, not '" + status + "'");
        List<Incident> all = service.incidents().reversed().stream()
                .filter(i -> status == null || status.isBlank() || i.open() == status.equals("open")).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("detector", service.status());
        body.put("incidents", all);
        return body;
    }

    private Object diagnose(Context ctx) {
        String incident = ctx.queryParam("incident");
        String since = ctx.queryParam("since");
        if (incident != null && !incident.isBlank()) {
            if (since != null && !since.isBlank()) throw new IllegalArgumentException("give since or incident, not both");
            return service.diagnose(incident).orElseThrow(() -> new NotFound("no incident " + incident));
        }
        return service.diagnose(DurationParam.parse("since", since == null || since.isBlank() ? "15m" : since));
    }

    private interface Call {
        Object apply(Context ctx);
    }

    private static Handler handler(Call call) {
        return ctx -> {
            Object body;
            try {
                body = call.apply(ctx);
            } catch (IllegalArgumentException e) {
                error(ctx, 400, e.getMessage());
                return;
            } catch (NotFound e) {
                error(ctx, 404, e.getMessage());
                return;
            }
            ctx.contentType("application/json").result(IncidentJson.MAPPER.writeValueAsBytes(body));
        };
    }

    private static void error(Context ctx, int status, String message) throws Exception {
        ctx.status(status).contentType("application/json")
                .result(IncidentJson.MAPPER.writeValueAsBytes(Map.of("message", message)));
    }

    private static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }
}
