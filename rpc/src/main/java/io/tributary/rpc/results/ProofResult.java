package io.tributary.rpc.results;

import java.util.List;

/**
 * EIP-1186's answer to {@code eth_getProof}: the account's fields with the trie nodes from the state root to it, and
 * for each asked slot its value with the nodes from the account's storage root. Nodes are RLP as stored, root first.
 */
public record ProofResult(String address, List<String> accountProof, String balance, String codeHash, String nonce,
    String storageHash, List<StorageProof> storageProof) {

  /** One slot: {@code key} as the caller wrote it, its value as a quantity, and its proof. */
  public record StorageProof(String key, String value, List<String> proof) {}
}
