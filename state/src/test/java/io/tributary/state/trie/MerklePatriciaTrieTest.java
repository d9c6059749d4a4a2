package io.tributary.state.trie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.core.block.Block;
import io.tributary.core.block.TransactionReceipt;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.types.Hash;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;

class MerklePatriciaTrieTest {
  private final Map<Bytes, Bytes> nodes = new HashMap<>();

  private MerklePatriciaTrie fresh() {
    return new MerklePatriciaTrie(h -> Optional.ofNullable(nodes.get(h)));
  }

  @Test
  void anEmptyTrieHasTheEmptyRoot() {
    assertThat(fresh().rootHash()).isEqualTo(Hash.EMPTY_TRIE_HASH);
    assertThat(TrieRoots.orderedRoot(List.of())).isEqualTo(Hash.EMPTY_TRIE_HASH);
  }

  @Test
  void randomUpdatesGiveTheRootOfTheFinalContentsBuiltInAnyOrder() {
    final Random random = new Random(7357);
    for (int round = 0; round < 30; round++) {
      final MerklePatriciaTrie trie = fresh();
      // Tuweni's Bytes.compareTo is numeric (0x00 == 0x0000): keys need the lexicographic order.
      final TreeMap<Bytes, Bytes> model = new TreeMap<>(io.tributary.state.storage.UnsignedBytes::compare);
      final List<Bytes> keys = new ArrayList<>();
      for (int op = 0; op < 300; op++) {
        final Bytes key;
        if (!keys.isEmpty() && random.nextInt(3) == 0) {
          key = keys.get(random.nextInt(keys.size()));
        } else {
          // short keys from a small alphabet force shared prefixes, branch values and collapses
          final byte[] k = new byte[1 + random.nextInt(3)];
          for (int i = 0; i < k.length; i++) {
            k[i] = (byte) (random.nextInt(4) * 0x11);
          }
          key = Bytes.wrap(k);
          keys.add(key);
        }
        if (random.nextInt(4) == 0) {
          trie.remove(key);
          model.remove(key);
        } else {
          final byte[] v = new byte[1 + random.nextInt(40)];
          random.nextBytes(v);
          trie.put(key, Bytes.wrap(v));
          model.put(key, Bytes.wrap(v));
        }
        if (op % 50 == 0) {
          trie.commit(nodes::put);
        }
      }
      final List<Map.Entry<Bytes, Bytes>> entries = new ArrayList<>(model.entrySet());
      Collections.shuffle(entries, random);
      final MerklePatriciaTrie rebuilt = fresh();
      entries.forEach(e -> rebuilt.put(e.getKey(), e.getValue()));
      assertThat(trie.rootHash()).as("round %d", round).isEqualTo(rebuilt.rootHash());

      final Hash root = trie.commit(nodes::put);
      final MerklePatriciaTrie reloaded = new MerklePatriciaTrie(h -> Optional.ofNullable(nodes.get(h)), root);
      for (final Bytes key : keys) {
        assertThat(reloaded.get(key)).isEqualTo(Optional.ofNullable(model.get(key)));
      }
    }
  }

  @Test
  void updatesAReloadedTrieWithoutLoadingAllOfIt() {
    final MerklePatriciaTrie trie = fresh();
    for (int i = 0; i < 500; i++) {
      trie.put(Bytes.ofUnsignedInt(i), Bytes.ofUnsignedInt(i * 7L));
    }
    final Hash root = trie.commit(nodes::put);
    final List<Hash> loaded = new ArrayList<>();
    final MerklePatriciaTrie reloaded = new MerklePatriciaTrie(h -> {
      loaded.add(h);
      return Optional.ofNullable(nodes.get(h));
    }, root);
    reloaded.put(Bytes.ofUnsignedInt(3), Bytes.of(9));
    assertThat(loaded.size()).isLessThan(10);
    trie.put(Bytes.ofUnsignedInt(3), Bytes.of(9));
    assertThat(reloaded.rootHash()).isEqualTo(trie.rootHash());
  }

  @Test
  void provesPresentAndAbsentKeysAndRejectsTamperedProofs() {
    final SecureMerklePatriciaTrie trie = new SecureMerklePatriciaTrie(h -> Optional.ofNullable(nodes.get(h)));
    for (int i = 0; i < 200; i++) {
      trie.put(Bytes.ofUnsignedInt(i), Bytes.ofUnsignedLong(i * 1_000_003L));
    }
    final Hash root = trie.commit(nodes::put);
    final Bytes present = io.tributary.core.crypto.Keccak256.hash(Bytes.ofUnsignedInt(42));
    final List<Bytes> proof = trie.getProof(Bytes.ofUnsignedInt(42));
    assertThat(TrieProofs.verify(root, present, proof)).contains(Bytes.ofUnsignedLong(42 * 1_000_003L));

    final Bytes absent = io.tributary.core.crypto.Keccak256.hash(Bytes.ofUnsignedInt(100_000));
    assertThat(TrieProofs.verify(root, absent, trie.getProof(Bytes.ofUnsignedInt(100_000)))).isEmpty();

    final List<Bytes> tampered = new ArrayList<>(proof);
    final byte[] last = tampered.get(tampered.size() - 1).toArray();
    last[last.length - 1] ^= 1;
    tampered.set(tampered.size() - 1, Bytes.wrap(last));
    assertThatThrownBy(() -> TrieProofs.verify(root, present, tampered))
        .isInstanceOf(TrieProofs.InvalidProofException.class);
    assertThatThrownBy(() -> TrieProofs.verify(root, present, proof.subList(1, proof.size())))
        .isInstanceOf(TrieProofs.InvalidProofException.class).hasMessageContaining("root");
  }

  @Test
  void reportsAMissingNodeInsteadOfAnsweringWrongly() {
    final MerklePatriciaTrie trie = fresh();
    for (int i = 0; i < 50; i++) {
      trie.put(Bytes.ofUnsignedInt(i), Bytes.wrap(new byte[40]));
    }
    final Hash root = trie.commit(nodes::put);
    final MerklePatriciaTrie empty = new MerklePatriciaTrie(h -> Optional.empty(), root);
    assertThatThrownBy(() -> empty.get(Bytes.ofUnsignedInt(1))).isInstanceOf(MissingTrieNodeException.class);
  }

  @Test
  void computesTheTransactionsAndReceiptsRootsOfARealCancunBlock() throws Exception {
    final JsonNode vector;
    try (InputStream in = getClass().getResourceAsStream("/vectors/cancun-block.json")) {
      vector = new ObjectMapper().readTree(in);
    }
    final Block block = Block.decode(Bytes.fromHexString(vector.get("blockRLP").asText()));
    final List<Bytes> txs = block.body().transactions().stream().map(Transaction::encoded).toList();
    assertThat(TrieRoots.orderedRoot(txs)).isEqualTo(Hash.fromHexString(vector.get("transactionsRoot").asText()));
    assertThat(block.header().transactionsRoot()).isEqualTo(TrieRoots.orderedRoot(txs));
    // four plain transfers of 21000 gas each, all successful, no logs
    final List<Bytes> receipts = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      receipts.add(TransactionReceipt.of(block.body().transactions().get(i).type(), true, 21_000L * (i + 1), List.of())
          .encoded());
    }
    assertThat(TrieRoots.orderedRoot(receipts)).isEqualTo(Hash.fromHexString(vector.get("receiptsRoot").asText()));
  }
}
