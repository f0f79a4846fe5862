package io.fmscope.benchmarks.sampling;

/** Ten tail-sampling rules of the kinds a team would write; most traces fall through all ten to the default. */
final class TenRules {
    static final String YAML = """
            version: 1
            rules:
              - {name: errors, priority: 1, match: {outcome: [error, fault, status_error]}, fixed_rate: 1.0}
              - {name: throttles, priority: 2, match: {outcome: [throttle]}, fixed_rate: 1.0}
              - {name: very-slow, priority: 3, match: {min_duration_ms: 10000}, fixed_rate: 1.0}
              - {name: health-checks, priority: 4, match: {name: "health*"}, fixed_rate: 0.0}
              - {name: admin, priority: 5, match: {url_path: "/admin/*"}, fixed_rate: 1.0}
              - {name: deletes, priority: 6, match: {http_method: DELETE}, fixed_rate: 0.5}
              - {name: billing, priority: 7, match: {service: "billing*"}, fixed_rate: 0.2}
              - {name: haiku, priority: 8, match: {attributes: {gen_ai.request.model: "*haiku*"}}, fixed_rate: 0.05}
              - {name: slow, priority: 9, match: {min_duration_ms: 3000}, reservoir_per_second: 1, fixed_rate: 0.5}
              - {name: default, priority: 10000, reservoir_per_second: 1, fixed_rate: 0.01}
            """;

    private TenRules() {
    }
}
