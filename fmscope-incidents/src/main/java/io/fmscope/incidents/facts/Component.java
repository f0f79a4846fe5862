package io.fmscope.incidents.facts;

import java.util.Locale;

/**
 * The parts of the MangaAssist call chain a cause can be pinned on, named as the simulator's scenarios name
 * their fault targets. {@link #of} maps an {@code upstream_service} (the errors module's service names and
 * aliases) onto them.
 */
public enum Component {
    BEDROCK("bedrock"),
    OPENSEARCH("opensearch"),
    DYNAMODB("dynamodb"),
    REDIS("redis"),
    APIGATEWAY("apigateway"),
    WEBSOCKET("websocket"),
    ORCHESTRATOR("orchestrator"),
    CONFIG("deployment/config"),
    /** The whole request, when no single part stands out. */
    END_TO_END("end-to-end"),
    UNKNOWN("unknown");

    private final String label;

    Component(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The component an {@code upstream_service} value belongs to; {@link #UNKNOWN} for blank or unknown names. */
    public static Component of(String service) {
        if (service == null || service.isBlank()) return UNKNOWN;
        String s = io.fmscope.errors.Services.normalize(service);
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "bedrock" -> BEDROCK;
            case "opensearch" -> OPENSEARCH;
            case "dynamodb" -> DYNAMODB;
            case "redis" -> REDIS;
            case "apigateway" -> APIGATEWAY;
            case "websocket" -> WEBSOCKET;
            case "ecs", "app", "orchestrator" -> ORCHESTRATOR;
            case "iam", "config", "deployment", "deployment/config", "sts" -> CONFIG;
            default -> ofLabel(s);
        };
    }

    public static Component ofLabel(String label) {
        for (Component c : values()) if (c.label.equalsIgnoreCase(label)) return c;
        return UNKNOWN;
    }
}
