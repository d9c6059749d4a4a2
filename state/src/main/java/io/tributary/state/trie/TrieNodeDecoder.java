package io.tributary.state.trie;

import io.tributary.core.encoding.DecodingException;
import io.tributary.core.rlp.Rlp;
import io.tributary.core.rlp.RlpItem;
import io.tributary.core.types.Hash;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;

/** Reads a node's RLP back into a {@link TrieNode}; a malformed node is a corrupt store, never a silent miss. */
final class TrieNodeDecoder {
  private TrieNodeDecoder() {}

  static TrieNode decode(final Hash expected, final Bytes encoded) {
    try {
      final TrieNode node = fromItem(Rlp.decodeItem(encoded), expected);
      node.persisted = true;
      return node;
    } catch (DecodingException e) {
      throw new CorruptTrieNodeException(expected, e.getMessage());
    }
  }

  private static TrieNode fromItem(final RlpItem item, final Hash at) {
    if (!(item instanceof RlpItem.ListItem list)) {
      throw new CorruptTrieNodeException(at, "a node is a list");
    }
    final List<RlpItem> items = list.items();
    if (items.size() == 2) {
      final boolean[] leaf = new boolean[1];
      final byte[] path = Nibbles.fromHexPrefix(string(items.get(0), at), leaf);
      if (path == null) {
        throw new CorruptTrieNodeException(at, "bad hex-prefix path");
      }
      if (leaf[0]) {
        return new TrieNode.Leaf(path, string(items.get(1), at));
      }
      final TrieNode child = child(items.get(1), at);
      if (child == null || path.length == 0) {
        throw new CorruptTrieNodeException(at, "an extension needs a path and a child");
      }
      return new TrieNode.Extension(path, child);
    }
    if (items.size() == 17) {
      final TrieNode[] children = new TrieNode[16];
      for (int i = 0; i < 16; i++) {
        children[i] = child(items.get(i), at);
      }
      return new TrieNode.Branch(children, string(items.get(16), at));
    }
    throw new CorruptTrieNodeException(at, "a node has 2 or 17 items, not " + items.size());
  }

  private static TrieNode child(final RlpItem item, final Hash at) {
    if (item instanceof RlpItem.ListItem) {
      final TrieNode inline = fromItem(item, at);
      inline.persisted = true;
      return inline;
    }
    final Bytes ref = string(item, at);
    if (ref.isEmpty()) {
      return null;
    }
    if (ref.size() != 32) {
      throw new CorruptTrieNodeException(at, "a child reference is 32 bytes or an inline node");
    }
    return new TrieNode.Stored(Hash.wrap(ref));
  }

  private static Bytes string(final RlpItem item, final Hash at) {
    if (!(item instanceof RlpItem.StringItem s)) {
      throw new CorruptTrieNodeException(at, "expected a string");
    }
    return s.value();
  }
}
