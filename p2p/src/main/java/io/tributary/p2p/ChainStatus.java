package io.tributary.p2p;

import io.tributary.core.types.Hash;

/**
 * What a node says about its chain right after the handshake. Peers must agree on the protocol version, chain id and
 * genesis hash; the head tells a syncing node who is ahead.
 *
 * @param protocolVersion the p2p message protocol version ({@link #PROTOCOL_VERSION})
 * @param chainId the EIP-155 chain id
 * @param genesisHash the hash of block 0
 * @param headNumber the number of the node's best final block
 * @param headHash the hash of that block
 */
public record ChainStatus(int protocolVersion, long chainId, Hash genesisHash, long headNumber, Hash headHash) {
  /** Version of the message protocol that runs over the encrypted session. */
  public static final int PROTOCOL_VERSION = 1;

  public ChainStatus {
    if (protocolVersion < 0 || chainId < 0 || headNumber < 0) {
      throw new IllegalArgumentException("protocol version, chain id and head number are non-negative");
    }
  }

  public static ChainStatus of(final long chainId, final Hash genesisHash, final long headNumber, final Hash headHash) {
    return new ChainStatus(PROTOCOL_VERSION, chainId, genesisHash, headNumber, headHash);
  }

  /** Empty when a peer with status {@code remote} may stay connected to us, else the reason to disconnect. */
  public java.util.Optional<DisconnectReason> incompatibility(final ChainStatus remote) {
    if (remote.protocolVersion != protocolVersion) {
      return java.util.Optional.of(DisconnectReason.WRONG_PROTOCOL_VERSION);
    }
    if (remote.chainId != chainId) {
      return java.util.Optional.of(DisconnectReason.WRONG_CHAIN);
    }
    if (!remote.genesisHash.equals(genesisHash)) {
      return java.util.Optional.of(DisconnectReason.WRONG_GENESIS);
    }
    return java.util.Optional.empty();
  }
}
