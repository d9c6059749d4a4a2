package io.tributary.rpc.methods;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.rlp.Rlp;
import io.tributary.core.rlp.RlpItem;
import io.tributary.core.types.Hash;
import io.tributary.state.storage.StorageTransaction;
import io.tributary.state.trie.StoredTrieNodes;
import io.tributary.state.trie.TrieProofs;
import io.tributary.state.world.Account;
import io.tributary.core.crypto.Keccak256;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Test;

class StateMethodsTest {
  private final ReadChain chain = new ReadChain();
  private final String alice = "\"" + ReadChain.ALICE.address().toHexString() + "\"";
  private final String contract = "\"" + ReadChain.CONTRACT.toHexString() + "\"";

  @Test
  void getBalanceReadsTheStateOfTheNamedBlock() {
    assertThat(chain.result("eth_getBalance", "[" + alice + ", \"0x0\"]").asText()).isEqualTo("0x3635c9adc5dea00000");
    assertThat(chain.result("eth_getBalance", "[" + alice + ", \"latest\"]").asText())
        .isEqualTo("0x3627e8f712373c0000");
    assertThat(chain.result("eth_getBalance", "[" + alice + "]").asText()).isEqualTo("0x3627e8f712373c0000");
  }

  @Test
  void getBalanceAcceptsEip1898Objects() {
    final String genesis = chain.block(0).hash().toHexString();
    assertThat(chain.result("eth_getBalance", "[" + alice + ", {\"blockHash\": \"" + genesis + "\"}]").asText())
        .isEqualTo("0x3635c9adc5dea00000");
    assertThat(chain.result("eth_getBalance",
        "[" + alice + ", {\"blockHash\": \"" + genesis + "\", \"requireCanonical\": true}]").asText())
        .isEqualTo("0x3635c9adc5dea00000");
    assertThat(chain.result("eth_getBalance", "[" + alice + ", {\"blockNumber\": \"0x0\"}]").asText())
        .isEqualTo("0x3635c9adc5dea00000");
    final JsonNode both = chain.error("eth_getBalance",
        "[" + alice + ", {\"blockHash\": \"" + genesis + "\", \"blockNumber\": \"0x0\"}]");
    assertThat(both.get("code").asInt()).isEqualTo(-32602);
    assertThat(both.get("message").asText()).contains("both blockHash and blockNumber");
  }

  @Test
  void anAccountThatNeverExistedHasNothing() {
    final String nobody = "\"0x00000000000000000000000000000000deadbeef\"";
    assertThat(chain.result("eth_getBalance", "[" + nobody + ", \"latest\"]").asText()).isEqualTo("0x0");
    assertThat(chain.result("eth_getTransactionCount", "[" + nobody + ", \"latest\"]").asText()).isEqualTo("0x0");
    assertThat(chain.result("eth_getCode", "[" + nobody + ", \"latest\"]").asText()).isEqualTo("0x");
    assertThat(chain.result("eth_getStorageAt", "[" + nobody + ", \"0x0\", \"latest\"]").asText())
        .isEqualTo("0x" + "0".repeat(64));
  }

  @Test
  void unknownBlocksAreHeaderNotFound() {
    final JsonNode error = chain.error("eth_getBalance", "[" + alice + ", \"0x10\"]");
    assertThat(error.get("code").asInt()).isEqualTo(-32001);
    assertThat(error.get("message").asText()).isEqualTo("header not found");
    assertThat(chain.error("eth_getCode", "[" + alice + ", {\"blockHash\": \"0x" + "ab".repeat(32) + "\"}]")
        .get("message").asText()).isEqualTo("header not found");
  }

  @Test
  void badAddressesAreInvalidParamsNamingTheAddress() {
    final JsonNode error = chain.error("eth_getBalance", "[\"0x12\", \"latest\"]");
    assertThat(error.get("code").asInt()).isEqualTo(-32602);
    assertThat(error.get("message").asText()).contains("invalid address").contains("20 bytes");
    assertThat(chain.error("eth_getBalance", "[" + alice + ", \"soon\"]").get("code").asInt()).isEqualTo(-32602);
  }

  @Test
  void getTransactionCountIsTheNonceAndPendingCountsThePool() {
    assertThat(chain.result("eth_getTransactionCount", "[" + alice + ", \"0x1\"]").asText()).isEqualTo("0x1");
    assertThat(chain.result("eth_getTransactionCount", "[" + alice + ", \"latest\"]").asText()).isEqualTo("0x3");
    final String bob = "\"" + ReadChain.BOB.address().toHexString() + "\"";
    assertThat(chain.result("eth_getTransactionCount", "[" + bob + ", \"pending\"]").asText()).isEqualTo("0x1");
    chain.pooled();
    assertThat(chain.result("eth_getTransactionCount", "[" + bob + ", \"pending\"]").asText()).isEqualTo("0x2");
    assertThat(chain.result("eth_getTransactionCount", "[" + bob + ", \"latest\"]").asText()).isEqualTo("0x1");
  }

  @Test
  void pendingCountIsNeverANonceAlreadyUsedWhenABlockLandsDuringTheRead() {
    final String bob = "\"" + ReadChain.BOB.address().toHexString() + "\"";
    chain.pooled();
    // The block including Bob's pooled transaction lands after the state was read and before the pool answers: a
    // wallet told "0x1" would sign a second nonce 1 and be refused with "nonce too low".
    final boolean[] landed = {false};
    chain.onPoolRead = () -> {
      if (!landed[0]) {
        landed[0] = true;
        chain.includePooled();
      }
    };
    assertThat(chain.result("eth_getTransactionCount", "[" + bob + ", \"pending\"]").asText()).isEqualTo("0x2");
    assertThat(chain.result("eth_getTransactionCount", "[" + bob + ", \"latest\"]").asText()).isEqualTo("0x2");
  }

  @Test
  void getCodeAndGetStorageAtReadTheContract() {
    assertThat(chain.result("eth_getCode", "[" + contract + ", \"latest\"]").asText()).isEqualTo("0x602a60005500");
    assertThat(chain.result("eth_getStorageAt", "[" + contract + ", \"0x0\", \"latest\"]").asText())
        .isEqualTo("0x" + "0".repeat(62) + "2a");
    assertThat(chain.result("eth_getStorageAt", "[" + contract + ", \"0x" + "0".repeat(63) + "1\", \"0x2\"]")
        .asText()).isEqualTo("0x" + "0".repeat(60) + "1234");
    assertThat(chain.error("eth_getStorageAt", "[" + contract + ", \"0xzz\", \"latest\"]").get("message").asText())
        .contains("storage key");
  }

  @Test
  void getProofVerifiesAgainstTheBlocksStateRoot() {
    final JsonNode proof = chain.result("eth_getProof", "[" + contract + ", [\"0x0\", \"0x1\", \"0x5\"], \"0x2\"]");
    final Hash stateRoot = chain.block(2).header().stateRoot();
    final Optional<Bytes> leaf = TrieProofs.verify(stateRoot, Keccak256.hash(ReadChain.CONTRACT),
        nodes(proof.get("accountProof")));
    assertThat(leaf).isPresent();
    final Account account = Account.decode(leaf.get());
    assertThat(proof.get("nonce").asText()).isEqualTo("0x" + Long.toHexString(account.nonce()));
    assertThat(proof.get("balance").asText()).isEqualTo(account.balance().toShortHexString());
    assertThat(proof.get("storageHash").asText()).isEqualTo(account.storageRoot().toHexString());
    assertThat(proof.get("codeHash").asText()).isEqualTo(Keccak256.hash(ReadChain.CODE).toHexString());
    assertThat(proof.get("address").asText()).isEqualTo(ReadChain.CONTRACT.toHexString());

    final JsonNode slots = proof.get("storageProof");
    assertThat(slots).hasSize(3);
    assertThat(slots.get(0).get("key").asText()).isEqualTo("0x0");
    assertThat(slots.get(0).get("value").asText()).isEqualTo("0x2a");
    assertThat(slots.get(1).get("value").asText()).isEqualTo("0x1234");
    assertThat(slots.get(2).get("value").asText()).isEqualTo("0x0");
    for (int i = 0; i < 3; i++) {
      final Optional<Bytes> value = TrieProofs.verify(account.storageRoot(),
          Keccak256.hash(UInt256.valueOf(i == 2 ? 5 : i)), nodes(slots.get(i).get("proof")));
      final UInt256 expected = UInt256.fromHexString(slots.get(i).get("value").asText());
      assertThat(value.map(v -> UInt256.fromBytes(((RlpItem.StringItem) Rlp.decodeItem(v)).value())).orElse(UInt256.ZERO))
          .as("slot %d", i).isEqualTo(expected);
    }
  }

  @Test
  void getProofOfAnAbsentAccountProvesItsAbsence() {
    final JsonNode proof = chain.result("eth_getProof", "[\"0x00000000000000000000000000000000deadbeef\", [\"0x0\"]]");
    assertThat(TrieProofs.verify(chain.block(3).header().stateRoot(),
        Keccak256.hash(Bytes.fromHexString("0x00000000000000000000000000000000deadbeef")),
        nodes(proof.get("accountProof")))).isEmpty();
    assertThat(proof.get("balance").asText()).isEqualTo("0x0");
    assertThat(proof.get("nonce").asText()).isEqualTo("0x0");
    assertThat(proof.get("codeHash").asText()).isEqualTo(Hash.EMPTY.toHexString());
    assertThat(proof.get("storageHash").asText()).isEqualTo(Hash.EMPTY_TRIE_HASH.toHexString());
    // An empty storage trie proves every slot absent with no nodes at all, as geth answers.
    assertThat(proof.get("storageProof").get(0).get("proof")).isEmpty();
  }

  @Test
  void getProofRefusesMalformedKeys() {
    assertThat(chain.error("eth_getProof", "[" + contract + ", \"0x0\"]").get("message").asText())
        .contains("storage keys").contains("array");
    assertThat(chain.error("eth_getProof", "[" + contract + ", [\"0x" + "1".repeat(65) + "\"]]").get("message")
        .asText()).contains("params[1][0]");
  }

  @Test
  void aBlockWhoseStateIsGoneIsAClearServerError() {
    final Hash genesisRoot = chain.block(0).header().stateRoot();
    try (StorageTransaction tx = chain.storage.startTransaction()) {
      tx.remove(StoredTrieNodes.SEGMENT, genesisRoot);
      tx.commit();
    }
    for (final String method : new String[] {"eth_getBalance", "eth_getTransactionCount", "eth_getCode"}) {
      final JsonNode error = chain.error(method, "[" + alice + ", \"earliest\"]");
      assertThat(error.get("code").asInt()).isEqualTo(-32000);
      assertThat(error.get("message").asText()).startsWith("missing trie node")
          .contains("state not available for block 0");
    }
    assertThat(chain.error("eth_getProof", "[" + alice + ", [], \"0x0\"]").get("code").asInt()).isEqualTo(-32000);
    assertThat(chain.result("eth_getBalance", "[" + alice + ", \"latest\"]").asText()).isNotEqualTo("0x0");
  }

  private static List<Bytes> nodes(final JsonNode array) {
    final List<Bytes> nodes = new ArrayList<>();
    array.forEach(node -> nodes.add(Bytes.fromHexString(node.asText())));
    return nodes;
  }
}
