package io.tributary.rpc.methods;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.types.Address;
import io.tributary.rpc.InvalidJsonRpcParameters;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.results.ProofResult;
import io.tributary.rpc.results.Quantities;
import io.tributary.state.trie.SecureMerklePatriciaTrie;
import io.tributary.state.world.Account;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * {@code eth_getProof(address, [keys], block)} (EIP-1186): the account and the asked storage slots with the trie
 * nodes that prove them against the block's state root, so a light client can check them without trusting the node.
 * An absent account or slot gets a proof of absence and zero values.
 */
public final class EthGetProof implements JsonRpcMethod {
  /** geth's cap on keys per call, which bounds the trie walks one request may cause. */
  static final int MAX_KEYS = 1024;

  private final BlockchainQueries queries;

  public EthGetProof(final BlockchainQueries queries) {
    this.queries = queries;
  }

  @Override
  public String name() {
    return "eth_getProof";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final Address address = request.parameters().address(0, "address");
    final JsonNode keysNode = request.parameters().required(1, "storage keys");
    if (!keysNode.isArray()) {
      throw new InvalidJsonRpcParameters("invalid storage keys at params[1]: expected an array");
    }
    if (keysNode.size() > MAX_KEYS) {
      throw new InvalidJsonRpcParameters("too many storage keys at params[1]: " + keysNode.size()
          + " (at most " + MAX_KEYS + ")");
    }
    final List<String> keyTexts = new ArrayList<>();
    final List<UInt256> keys = new ArrayList<>();
    for (int i = 0; i < keysNode.size(); i++) {
      keys.add(StorageSlot.parse(keysNode.get(i), "params[1][" + i + "]"));
      keyTexts.add(keysNode.get(i).textValue());
    }
    final BlockParameter block = BlockParameter.parse(request.parameters().optional(2), "params[2]");
    return StateReads.at(queries, block, (header, state) -> {
      final SecureMerklePatriciaTrie accounts = new SecureMerklePatriciaTrie(queries.trieNodes(), header.stateRoot());
      final List<String> accountProof = hex(accounts.getProof(address));
      final Account account = state.account(address).orElse(Account.EMPTY);
      final SecureMerklePatriciaTrie storage = new SecureMerklePatriciaTrie(queries.trieNodes(), account.storageRoot());
      final List<ProofResult.StorageProof> storageProofs = new ArrayList<>(keys.size());
      for (int i = 0; i < keys.size(); i++) {
        final UInt256 value = state.storage(address, keys.get(i));
        storageProofs.add(new ProofResult.StorageProof(keyTexts.get(i), Quantities.of(value.toBigInteger()),
            hex(storage.getProof(keys.get(i)))));
      }
      return new ProofResult(address.toHexString(), accountProof, account.balance().toShortHexString(), account.codeHash().toHexString(),
          Quantities.of(account.nonce()), account.storageRoot().toHexString(), storageProofs);
    });
  }

  private static List<String> hex(final List<Bytes> nodes) {
    return nodes.stream().map(Bytes::toHexString).toList();
  }
}
