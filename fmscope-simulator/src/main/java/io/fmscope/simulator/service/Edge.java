package io.fmscope.simulator.service;

import io.fmscope.simulator.scenario.Component;
import io.fmscope.simulator.scenario.FaultKind;

/**
 * The API Gateway WebSocket API in front of the orchestrator: receiving a message (route integration)
 * and posting the answer back to the connection ({@code PostToConnection}), which fails with
 * GoneException when the client has gone.
 */
public final class Edge {
  private static final LogNormal RECEIVE = new LogNormal(12, 0.3);
  private static final LogNormal POST = new LogNormal(18, 0.35);
  private static final LogNormal GONE = new LogNormal(14, 0.3);

  private final Infra infra;

  public Edge(Infra infra) {
    this.infra = infra;
  }

  /** API Gateway's share of the turn, in ms. */
  public double receive() {
    long now = infra.now();
    return infra.spend(RECEIVE.sample(infra.rng())
        * infra.faults().multiplier(Component.APIGATEWAY, FaultKind.LATENCY, now, null));
  }

  /** PostToConnection of the answer, in ms; a ServiceException when the client disconnected. */
  public double deliver() {
    long now = infra.now();
    FaultPlan.Window gone = infra.faults().hit(Component.WEBSOCKET, FaultKind.DISCONNECT, now, null);
    if (gone != null) {
      infra.spend(GONE);
      throw Infra.error(gone, null, null, null);
    }
    return infra.spend(POST.sample(infra.rng())
        * infra.faults().multiplier(Component.WEBSOCKET, FaultKind.LATENCY, now, null));
  }
}
