package io.tributary.state.trie;

import io.tributary.core.crypto.Keccak256;
import io.tributary.core.types.Hash;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/** Checks EIP-1186-style proofs: the nodes on a key's path, each found by the hash its parent names. */
public final class TrieProofs {
  private TrieProofs() {}

  /**
   * The value the proof shows for {@code key} under {@code rootHash} (empty: proven absent). Throws
   * {@link InvalidProofException} when the proof does not connect to the root or lacks a node on the path.
   */
  public static Optional<Bytes> verify(final Hash rootHash, final Bytes key, final List<Bytes> proof) {
    final Map<Hash, Bytes> nodes = new HashMap<>();
    for (final Bytes node : proof) {
      nodes.put(Keccak256.hash(node), node);
    }
    if (!rootHash.equals(Hash.EMPTY_TRIE_HASH) && !nodes.containsKey(rootHash)) {
      throw new InvalidProofException("the proof does not contain the root node " + rootHash.toShortHexString());
    }
    try {
      return new MerklePatriciaTrie(hash -> Optional.ofNullable(nodes.get(hash)), rootHash).get(key);
    } catch (MissingTrieNodeException e) {
      throw new InvalidProofException("the proof lacks node " + e.node().toShortHexString() + " on the key's path");
    } catch (CorruptTrieNodeException e) {
      throw new InvalidProofException(e.getMessage());
    }
  }

  /** A proof that does not prove anything about the key. */
  public static final class InvalidProofException extends RuntimeException {
    public InvalidProofException(final String message) {
      super(message);
    }
  }
}
