/**
 * Incident detection in the server: {@link io.fmscope.server.incidents.IncidentService} watches every stored batch
 * (through a store wrapper, so every ingest path is covered) with the incidents module's detector, and
 * {@link io.fmscope.server.incidents.IncidentRoutes} serves {@code /api/incidents} and {@code /api/diagnose}.
 */
package io.fmscope.server.incidents;
