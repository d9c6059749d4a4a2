package io.tributary.p2p;

import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.Signature;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.types.Hash;
import org.apache.tuweni.bytes.Bytes32;

/**
 * A node's static secp256k1 key. Its public half is the {@link NodeId}; only its holder can complete a handshake as
 * that id. Distinct from a validator's signing key, though a node may use the same one.
 */
public final class NodeKey {
  private final KeyPair keyPair;
  private final NodeId nodeId;

  private NodeKey(final KeyPair keyPair) {
    this.keyPair = keyPair;
    this.nodeId = new NodeId(keyPair.publicKey());
  }

  public static NodeKey generate() {
    return new NodeKey(SignatureAlgorithms.get().generateKeyPair());
  }

  public static NodeKey fromPrivateKey(final Bytes32 privateKey) {
    return new NodeKey(SignatureAlgorithms.get().createKeyPair(privateKey));
  }

  public static NodeKey of(final KeyPair keyPair) {
    return new NodeKey(keyPair);
  }

  public NodeId nodeId() {
    return nodeId;
  }

  public Signature sign(final Hash messageHash) {
    return SignatureAlgorithms.get().sign(messageHash, keyPair);
  }

  /** Never prints the private key. */
  @Override
  public String toString() {
    return "NodeKey[" + nodeId + "]";
  }
}
