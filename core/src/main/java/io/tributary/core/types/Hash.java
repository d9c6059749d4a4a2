package io.tributary.core.types;

import io.tributary.core.crypto.Keccak256;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.bytes.DelegatingBytes32;

/** A 32-byte Keccak-256 digest: block, transaction, state and code hashes. */
public final class Hash extends DelegatingBytes32 {
  public static final Hash ZERO = new Hash(Bytes32.ZERO);
  /** keccak256 of the empty byte string: the code hash of an account without code. */
  public static final Hash EMPTY = Keccak256.hash(Bytes.EMPTY);
  /** keccak256(rlp("")) = root of the empty trie. */
  public static final Hash EMPTY_TRIE_HASH = Keccak256.hash(Bytes.of(0x80));
  /** keccak256(rlp([])) = ommers hash of a block without ommers. */
  public static final Hash EMPTY_LIST_HASH = Keccak256.hash(Bytes.of(0xc0));

  private Hash(final Bytes32 bytes) {
    super(bytes);
  }

  public static Hash wrap(final Bytes bytes) {
    if (bytes instanceof Hash hash) {
      return hash;
    }
    if (bytes.size() != 32) {
      throw new IllegalArgumentException("a hash is 32 bytes, got " + bytes.size());
    }
    return new Hash(bytes instanceof Bytes32 b32 ? b32 : Bytes32.wrap(bytes));
  }

  /** Parses {@code 0x}-prefixed (or bare) hex of exactly 32 bytes. */
  public static Hash fromHexString(final String hex) {
    return wrap(Bytes32.fromHexString(hex));
  }

  public static Hash hash(final Bytes input) {
    return Keccak256.hash(input);
  }
}
