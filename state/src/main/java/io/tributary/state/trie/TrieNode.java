package io.tributary.state.trie;

import io.tributary.core.crypto.Keccak256;
import io.tributary.core.encoding.FlatBytes;
import io.tributary.core.types.Hash;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;
import org.apache.tuweni.rlp.RLPWriter;

/**
 * A node of the hexary trie. Nodes are immutable; an update builds new nodes along the changed path and shares the
 * rest. Encodings and hashes are computed once. {@code persisted} marks nodes already in the node store (loaded from
 * it, or committed), so a commit writes only what is new.
 */
abstract sealed class TrieNode permits TrieNode.Leaf, TrieNode.Extension, TrieNode.Branch, TrieNode.Stored {
  private Bytes encoded;
  private Hash hash;
  volatile boolean persisted;

  /** RLP of the node. */
  final Bytes encoded() {
    Bytes e = encoded;
    if (e == null) {
      e = FlatBytes.of(RLP.encode(this::writeTo));
      encoded = e;
    }
    return e;
  }

  Hash hash() {
    Hash h = hash;
    if (h == null) {
      h = Keccak256.hash(encoded());
      hash = h;
    }
    return h;
  }

  /** How a parent refers to this node: inline when its encoding is under 32 bytes, else by hash. */
  final void writeReference(final RLPWriter w) {
    if (this instanceof Stored) {
      w.writeValue(hash());
    } else if (encoded().size() < 32) {
      w.writeRLP(encoded());
    } else {
      w.writeValue(hash());
    }
  }

  abstract void writeTo(RLPWriter w);

  static void writeChild(final RLPWriter w, final TrieNode child) {
    if (child == null) {
      w.writeValue(Bytes.EMPTY);
    } else {
      child.writeReference(w);
    }
  }

  /** The end of a path, holding a value. */
  static final class Leaf extends TrieNode {
    final byte[] path;
    final Bytes value;

    Leaf(final byte[] path, final Bytes value) {
      this.path = path;
      this.value = value;
    }

    @Override
    void writeTo(final RLPWriter w) {
      w.writeList(l -> {
        l.writeValue(Nibbles.hexPrefix(path, true));
        l.writeValue(value);
      });
    }
  }

  /** A shared run of nibbles leading to one child (always a branch, or a reference to one). */
  static final class Extension extends TrieNode {
    final byte[] path;
    final TrieNode child;

    Extension(final byte[] path, final TrieNode child) {
      this.path = path;
      this.child = child;
    }

    @Override
    void writeTo(final RLPWriter w) {
      w.writeList(l -> {
        l.writeValue(Nibbles.hexPrefix(path, false));
        child.writeReference(l);
      });
    }
  }

  /** Sixteen children, one per next nibble, and the value of a key ending here (empty when none). */
  static final class Branch extends TrieNode {
    final TrieNode[] children;
    final Bytes value;

    Branch(final TrieNode[] children, final Bytes value) {
      this.children = children;
      this.value = value;
    }

    @Override
    void writeTo(final RLPWriter w) {
      w.writeList(l -> {
        for (final TrieNode child : children) {
          writeChild(l, child);
        }
        l.writeValue(value);
      });
    }

    int childCount() {
      int count = 0;
      for (final TrieNode child : children) {
        if (child != null) {
          count++;
        }
      }
      return count;
    }
  }

  /** A node known only by hash, loaded from the store when a walk reaches it. */
  static final class Stored extends TrieNode {
    private final Hash ref;

    Stored(final Hash ref) {
      this.ref = ref;
      this.persisted = true;
    }

    @Override
    Hash hash() {
      return ref;
    }

    @Override
    void writeTo(final RLPWriter w) {
      throw new IllegalStateException("a stored node is written by reference");
    }
  }
}
