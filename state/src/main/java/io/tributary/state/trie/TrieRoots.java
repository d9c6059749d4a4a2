package io.tributary.state.trie;

import io.tributary.core.types.Hash;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;

/** Roots of the ordered tries in a header: transactions and receipts keyed by rlp(index), as Ethereum builds them. */
public final class TrieRoots {
  private TrieRoots() {}

  /** Root of the trie {rlp(i) -> items[i]}; the empty list gives the empty-trie root. */
  public static Hash orderedRoot(final List<Bytes> items) {
    final MerklePatriciaTrie trie = new MerklePatriciaTrie(hash -> Optional.empty());
    for (int i = 0; i < items.size(); i++) {
      trie.put(RLP.encodeInt(i), items.get(i));
    }
    return trie.rootHash();
  }
}
