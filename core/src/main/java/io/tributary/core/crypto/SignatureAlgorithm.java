package io.tributary.core.crypto;

import io.tributary.core.types.Hash;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * secp256k1 ECDSA as Ethereum uses it. Two implementations exist, native libsecp256k1 and pure Bouncy Castle; they
 * must agree bit for bit (a property test checks it). Use {@link SignatureAlgorithms#get()} for the one in force.
 */
public interface SignatureAlgorithm {

  /** Human-readable name for logs, e.g. "native libsecp256k1" or "Bouncy Castle". */
  String name();

  /** True when this is the native implementation. */
  boolean isNative();

  /** A fresh random key pair. */
  KeyPair generateKeyPair();

  /** The key pair of a 32-byte private key; throws {@link IllegalArgumentException} if the key is zero or >= n. */
  KeyPair createKeyPair(Bytes32 privateKey);

  /** Deterministic (RFC 6979) signature of a 32-byte message hash, always low-s (EIP-2), with its recovery id. */
  Signature sign(Hash messageHash, KeyPair keyPair);

  /** True when {@code signature} over {@code messageHash} was made by {@code publicKey} (64 bytes, x || y). */
  boolean verify(Hash messageHash, Signature signature, Bytes publicKey);

  /**
   * The 64-byte uncompressed public key (x || y) that produced {@code signature} over {@code messageHash}, or empty when
   * no key can be recovered (r or s out of range, point not on the curve). High-s signatures are recovered as is:
   * callers that enforce EIP-2 check {@link Signature#isLowS()} first.
   */
  Optional<Bytes> recoverPublicKey(Hash messageHash, Signature signature);
}
