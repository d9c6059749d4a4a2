package io.tributary.rpc.results;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One entry of {@code admin_peers}, in geth's shape: id, enode, network addresses and the Tributary protocol's head. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PeerResult(String id, String enode, Network network, Protocols protocols) {
  public record Network(String remoteAddress, boolean inbound) {}

  public record Protocols(Tributary tributary) {}

  /** The head the peer last announced. */
  public record Tributary(String headNumber, String head) {}
}
