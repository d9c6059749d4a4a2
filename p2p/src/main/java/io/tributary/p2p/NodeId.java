package io.tributary.p2p;

import org.apache.tuweni.bytes.Bytes;

/**
 * A node's identity on the network: its 64-byte uncompressed secp256k1 public key (x || y, no 0x04 prefix), as
 * devp2p's enode ids are. The full key (not its keccak) is the id so a peer's handshake signature can be verified
 * against the id the dialer asked for without a recovery step, and an id is all a dialer needs to authenticate.
 */
public record NodeId(Bytes publicKey) {
  public static final int SIZE = 64;

  public NodeId {
    if (publicKey.size() != SIZE) {
      throw new IllegalArgumentException("a node id is a 64-byte public key, got " + publicKey.size() + " bytes");
    }
    publicKey = publicKey.copy();
  }

  public static NodeId fromHexString(final String hex) {
    return new NodeId(Bytes.fromHexString(hex));
  }

  /** The full id as 128 hex digits without 0x, as it appears in enode URLs. */
  public String toHexString() {
    return publicKey.toUnprefixedHexString();
  }

  /** A short form for logs: the first 8 hex digits. */
  @Override
  public String toString() {
    return toHexString().substring(0, 8);
  }
}
