package io.tributary.state.trie;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.core.testing.EthereumTestVectors;
import io.tributary.core.types.Hash;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every vector of ethereum/tests TrieTests, inserted in the file's order, reversed and shuffled (the "anyorder" claim),
 * then committed, reloaded from its nodes and read back.
 */
class TrieConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everyTrieVector() throws Exception {
    final List<DynamicTest> tests = new ArrayList<>();
    for (final String file : List.of("trieanyorder.json", "trieanyorder_secureTrie.json",
        "hex_encoded_securetrie_test.json")) {
      final boolean secure = file.contains("secure");
      final JsonNode root = JSON.readTree(EthereumTestVectors.dir("TrieTests").resolve(file).toFile());
      for (final Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        final Map.Entry<String, JsonNode> vector = it.next();
        tests.add(DynamicTest.dynamicTest(file + ":" + vector.getKey(), () -> check(secure, vector.getValue())));
      }
    }
    assertThat(tests).hasSize(17);
    return tests.stream();
  }

  private static void check(final boolean secure, final JsonNode vector) {
    final List<Bytes[]> entries = new ArrayList<>();
    for (final Iterator<Map.Entry<String, JsonNode>> it = vector.get("in").fields(); it.hasNext(); ) {
      final Map.Entry<String, JsonNode> e = it.next();
      entries.add(new Bytes[] {decode(e.getKey()), e.getValue().isNull() ? Bytes.EMPTY : decode(e.getValue().asText())});
    }
    final Hash expected = Hash.fromHexString(vector.get("root").asText());
    final List<List<Bytes[]>> orders = new ArrayList<>();
    orders.add(entries);
    final List<Bytes[]> reversed = new ArrayList<>(entries);
    Collections.reverse(reversed);
    orders.add(reversed);
    final List<Bytes[]> shuffled = new ArrayList<>(entries);
    Collections.shuffle(shuffled, new Random(entries.size()));
    orders.add(shuffled);
    for (final List<Bytes[]> order : orders) {
      final Map<Bytes, Bytes> nodes = new HashMap<>();
      final MerkleTrie trie = secure ? new SecureMerklePatriciaTrie(h -> Optional.ofNullable(nodes.get(h)))
          : new MerklePatriciaTrie(h -> Optional.ofNullable(nodes.get(h)));
      for (final Bytes[] entry : order) {
        trie.put(entry[0], entry[1]);
      }
      assertThat(trie.rootHash()).isEqualTo(expected);
      assertThat(trie.commit(nodes::put)).isEqualTo(expected);
      final MerkleTrie reloaded = secure ? new SecureMerklePatriciaTrie(h -> Optional.ofNullable(nodes.get(h)), expected)
          : new MerklePatriciaTrie(h -> Optional.ofNullable(nodes.get(h)), expected);
      final Map<Bytes, Bytes> last = new HashMap<>();
      for (final Bytes[] entry : order) {
        last.put(entry[0], entry[1]);
      }
      last.forEach((k, v) -> assertThat(reloaded.get(k)).isEqualTo(v.isEmpty() ? Optional.empty() : Optional.of(v)));
    }
  }

  private static Bytes decode(final String text) {
    return text.startsWith("0x") ? Bytes.fromHexString(text) : Bytes.wrap(text.getBytes(StandardCharsets.UTF_8));
  }
}
