package io.tributary.state.trie;

import io.tributary.core.types.Hash;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * Ethereum's hexary Merkle Patricia Trie (Yellow Paper, appendix D). Updates build new immutable nodes along the
 * changed path and share the rest; nodes out of memory are loaded by hash when a walk reaches them. Not thread-safe.
 */
public class MerklePatriciaTrie implements MerkleTrie {
  private final TrieNodeStore store;
  private TrieNode root;

  /** An empty trie over {@code store}. */
  public MerklePatriciaTrie(final TrieNodeStore store) {
    this(store, Hash.EMPTY_TRIE_HASH);
  }

  /** The trie with root {@code rootHash}, whose nodes are read from {@code store}. */
  public MerklePatriciaTrie(final TrieNodeStore store, final Hash rootHash) {
    this.store = store;
    this.root = rootHash.equals(Hash.EMPTY_TRIE_HASH) ? null : new TrieNode.Stored(rootHash);
  }

  @Override
  public Optional<Bytes> get(final Bytes key) {
    final byte[] path = Nibbles.of(key);
    TrieNode node = root;
    int pos = 0;
    while (true) {
      node = resolve(node);
      if (node == null) {
        return Optional.empty();
      }
      if (node instanceof TrieNode.Leaf leaf) {
        return Arrays.equals(leaf.path, 0, leaf.path.length, path, pos, path.length)
            ? Optional.of(leaf.value) : Optional.empty();
      }
      if (node instanceof TrieNode.Extension ext) {
        if (Nibbles.commonPrefix(path, pos, ext.path) != ext.path.length) {
          return Optional.empty();
        }
        pos += ext.path.length;
        node = ext.child;
        continue;
      }
      final TrieNode.Branch branch = (TrieNode.Branch) node;
      if (pos == path.length) {
        return branch.value.isEmpty() ? Optional.empty() : Optional.of(branch.value);
      }
      node = branch.children[path[pos++]];
    }
  }

  @Override
  public void put(final Bytes key, final Bytes value) {
    if (value.isEmpty()) {
      remove(key);
      return;
    }
    root = insert(root, Nibbles.of(key), 0, value.copy());
  }

  @Override
  public void remove(final Bytes key) {
    root = delete(root, Nibbles.of(key), 0);
  }

  @Override
  public Hash rootHash() {
    return root == null ? Hash.EMPTY_TRIE_HASH : root.hash();
  }

  @Override
  public Hash commit(final TrieNodeSink sink) {
    if (root != null) {
      commit(root, true, sink);
    }
    return rootHash();
  }

  @Override
  public List<Bytes> getProof(final Bytes key) {
    final List<Bytes> proof = new ArrayList<>();
    final byte[] path = Nibbles.of(key);
    TrieNode node = resolve(root);
    int pos = 0;
    boolean byHash = true;
    while (node != null) {
      if (byHash) {
        proof.add(node.encoded());
      }
      final TrieNode next;
      if (node instanceof TrieNode.Leaf) {
        break;
      } else if (node instanceof TrieNode.Extension ext) {
        if (Nibbles.commonPrefix(path, pos, ext.path) != ext.path.length) {
          break;
        }
        pos += ext.path.length;
        next = ext.child;
      } else {
        final TrieNode.Branch branch = (TrieNode.Branch) node;
        if (pos == path.length) {
          break;
        }
        next = branch.children[path[pos++]];
      }
      byHash = next instanceof TrieNode.Stored || (next != null && next.encoded().size() >= 32);
      node = resolve(next);
    }
    return proof;
  }

  private TrieNode resolve(final TrieNode node) {
    if (!(node instanceof TrieNode.Stored stored)) {
      return node;
    }
    final Hash hash = stored.hash();
    final Bytes encoded = store.get(hash).orElseThrow(() -> new MissingTrieNodeException(hash));
    return TrieNodeDecoder.decode(hash, encoded);
  }

  private TrieNode insert(final TrieNode at, final byte[] path, final int pos, final Bytes value) {
    final TrieNode node = resolve(at);
    if (node == null) {
      return new TrieNode.Leaf(Nibbles.slice(path, pos), value);
    }
    if (node instanceof TrieNode.Leaf leaf) {
      final byte[] rest = Nibbles.slice(path, pos);
      final int common = Nibbles.commonPrefix(rest, 0, leaf.path);
      if (common == rest.length && common == leaf.path.length) {
        return new TrieNode.Leaf(leaf.path, value);
      }
      final TrieNode[] children = new TrieNode[16];
      Bytes branchValue = Bytes.EMPTY;
      if (leaf.path.length == common) {
        branchValue = leaf.value;
      } else {
        children[leaf.path[common]] = new TrieNode.Leaf(Nibbles.slice(leaf.path, common + 1), leaf.value);
      }
      if (rest.length == common) {
        branchValue = value;
      } else {
        children[rest[common]] = new TrieNode.Leaf(Nibbles.slice(rest, common + 1), value);
      }
      return withPrefix(Nibbles.slice(rest, 0, common), new TrieNode.Branch(children, branchValue));
    }
    if (node instanceof TrieNode.Extension ext) {
      final byte[] rest = Nibbles.slice(path, pos);
      final int common = Nibbles.commonPrefix(rest, 0, ext.path);
      if (common == ext.path.length) {
        return new TrieNode.Extension(ext.path, insert(ext.child, path, pos + common, value));
      }
      final TrieNode[] children = new TrieNode[16];
      Bytes branchValue = Bytes.EMPTY;
      final byte[] extRest = Nibbles.slice(ext.path, common + 1);
      children[ext.path[common]] = extRest.length == 0 ? ext.child : new TrieNode.Extension(extRest, ext.child);
      if (rest.length == common) {
        branchValue = value;
      } else {
        children[rest[common]] = new TrieNode.Leaf(Nibbles.slice(rest, common + 1), value);
      }
      return withPrefix(Nibbles.slice(rest, 0, common), new TrieNode.Branch(children, branchValue));
    }
    final TrieNode.Branch branch = (TrieNode.Branch) node;
    if (pos == path.length) {
      return new TrieNode.Branch(branch.children.clone(), value);
    }
    final TrieNode[] children = branch.children.clone();
    children[path[pos]] = insert(children[path[pos]], path, pos + 1, value);
    return new TrieNode.Branch(children, branch.value);
  }

  private static TrieNode withPrefix(final byte[] prefix, final TrieNode.Branch branch) {
    return prefix.length == 0 ? branch : new TrieNode.Extension(prefix, branch);
  }

  /** Returns the same node object when the key is absent, so callers can tell nothing changed. */
  private TrieNode delete(final TrieNode at, final byte[] path, final int pos) {
    if (at == null) {
      return null;
    }
    final TrieNode node = resolve(at);
    if (node instanceof TrieNode.Leaf leaf) {
      return Arrays.equals(leaf.path, 0, leaf.path.length, path, pos, path.length) ? null : at;
    }
    if (node instanceof TrieNode.Extension ext) {
      if (Nibbles.commonPrefix(path, pos, ext.path) != ext.path.length) {
        return at;
      }
      final TrieNode child = delete(ext.child, path, pos + ext.path.length);
      return child == ext.child ? at : joinExtension(ext.path, child);
    }
    final TrieNode.Branch branch = (TrieNode.Branch) node;
    if (pos == path.length) {
      return branch.value.isEmpty() ? at : collapse(branch.children.clone(), Bytes.EMPTY);
    }
    final int nibble = path[pos];
    final TrieNode child = delete(branch.children[nibble], path, pos + 1);
    if (child == branch.children[nibble]) {
      return at;
    }
    final TrieNode[] children = branch.children.clone();
    children[nibble] = child;
    return collapse(children, branch.value);
  }

  /** An extension over a child that may have shrunk: merge paths so no extension points at a leaf or extension. */
  private TrieNode joinExtension(final byte[] prefix, final TrieNode child) {
    final TrieNode node = resolve(child);
    if (node == null) {
      return null;
    }
    if (node instanceof TrieNode.Leaf leaf) {
      return new TrieNode.Leaf(Nibbles.concat(prefix, leaf.path), leaf.value);
    }
    if (node instanceof TrieNode.Extension ext) {
      return new TrieNode.Extension(Nibbles.concat(prefix, ext.path), ext.child);
    }
    return new TrieNode.Extension(prefix, child);
  }

  /** A branch after a removal: with one entry left it becomes a leaf or extension, as the canonical trie requires. */
  private TrieNode collapse(final TrieNode[] children, final Bytes value) {
    int only = -1;
    int count = 0;
    for (int i = 0; i < 16; i++) {
      if (children[i] != null) {
        only = i;
        count++;
      }
    }
    if (count == 0) {
      return value.isEmpty() ? null : new TrieNode.Leaf(Nibbles.EMPTY, value);
    }
    if (count == 1 && value.isEmpty()) {
      final TrieNode node = resolve(children[only]);
      final byte[] nibble = {(byte) only};
      if (node instanceof TrieNode.Leaf leaf) {
        return new TrieNode.Leaf(Nibbles.concat(nibble, leaf.path), leaf.value);
      }
      if (node instanceof TrieNode.Extension ext) {
        return new TrieNode.Extension(Nibbles.concat(nibble, ext.path), ext.child);
      }
      return new TrieNode.Extension(nibble, children[only]);
    }
    return new TrieNode.Branch(children, value);
  }

  private static void commit(final TrieNode node, final boolean isRoot, final TrieNodeSink sink) {
    if (node == null || node.persisted) {
      return;
    }
    if (node instanceof TrieNode.Extension ext) {
      commit(ext.child, false, sink);
    } else if (node instanceof TrieNode.Branch branch) {
      for (final TrieNode child : branch.children) {
        commit(child, false, sink);
      }
    }
    if (isRoot || node.encoded().size() >= 32) {
      sink.put(node.hash(), node.encoded());
    }
    node.persisted = true;
  }
}
