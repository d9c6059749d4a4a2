package io.tributary.node.metrics;

import java.util.Optional;

/** Whether the node follows the chain: what a load balancer or orchestrator asks before sending it traffic. */
@FunctionalInterface
public interface Readiness {
  /** Why the node is not ready (halted, head too old), or empty when it is. */
  Optional<String> notReadyBecause();
}
