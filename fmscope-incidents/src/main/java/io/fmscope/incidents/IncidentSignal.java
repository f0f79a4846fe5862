package io.fmscope.incidents;

import java.time.Instant;

/**
 * One signal that departed from its baseline during an incident.
 *
 * @param signal      the signal id ({@code category:MODEL_THROTTLE}, {@code tail:bedrock_invoke_ms})
 * @param kind        {@code rate} (a count of events as a share of records) or {@code tail} (a metric's share of
 *                    records beyond the baseline's tail)
 * @param component   the part of the call chain the signal names ({@code bedrock}), or null when it names none
 * @param description what the signal counts, in words
 * @param departedAt  the evaluation (data time) at which it first departed
 * @param recoveredAt since when it has been back within bounds; null while departed
 * @param first       the numbers when it departed
 * @param peak        the numbers at its largest excess
 * @param latest      the numbers at the latest evaluation
 */
public record IncidentSignal(String signal, String kind, String component, String description, Instant departedAt,
                             Instant recoveredAt, Observation first, Observation peak, Observation latest) {}
