package io.fmscope.incidents.detect;

import io.fmscope.incidents.Incident;

/** Told when incidents open and close; called on the detector's thread, so it must return quickly. */
public interface IncidentListener {
    void opened(Incident incident);

    default void closed(Incident incident) {}
}
