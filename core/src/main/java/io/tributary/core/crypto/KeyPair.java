package io.tributary.core.crypto;

import io.tributary.core.types.Address;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/** A secp256k1 private key and its 64-byte uncompressed public key (x || y, no 0x04 prefix). */
public record KeyPair(Bytes32 privateKey, Bytes publicKey) {
  public KeyPair {
    if (publicKey.size() != 64) {
      throw new IllegalArgumentException("public key must be 64 bytes (x || y), got " + publicKey.size());
    }
  }

  public Address address() {
    return Address.fromPublicKey(publicKey);
  }

  /** Never prints the private key. */
  @Override
  public String toString() {
    return "KeyPair[" + address().toChecksumString() + "]";
  }
}
