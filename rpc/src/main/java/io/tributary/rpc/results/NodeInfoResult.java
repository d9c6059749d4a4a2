package io.tributary.rpc.results;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code admin_nodeInfo}, in geth's shape where it applies: enode, id, name, listen address and ports. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NodeInfoResult(String enode, String id, String name, String ip, String listenAddr, Ports ports) {
  /** The TCP port peers dial (Tributary has no UDP discovery, so {@code discovery} is 0). */
  public record Ports(int discovery, int listener) {}
}
