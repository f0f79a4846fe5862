package io.fmscope.incidents;

import java.time.Instant;
import java.util.List;

/**
 * A period in which the application departed from its baseline: when it opened and closed (data time), the
 * signals that departed with their numbers, and a one-line title from the first signal. Immutable snapshot.
 *
 * @param id          stable for the same data: {@code INC-} and the opening time ({@code INC-20240501T100530Z})
 * @param status      open or closed
 * @param openedAt    the evaluation at which the first signal departed
 * @param closedAt    when every signal had stayed recovered for the hold time; null while open
 * @param recoveredAt when the last signal recovered; null while any departs
 * @param title       one line: what departed first, with its numbers
 * @param signals     every signal that departed, in order of departure
 */
public record Incident(String id, IncidentStatus status, Instant openedAt, Instant closedAt, Instant recoveredAt,
                       String title, List<IncidentSignal> signals) {
    public Incident {
        signals = List.copyOf(signals);
    }

    public boolean open() {
        return status == IncidentStatus.OPEN;
    }
}
