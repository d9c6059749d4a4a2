package io.tributary.state.chain;

import io.tributary.core.block.Block;
import io.tributary.core.block.BlockBody;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.block.Log;
import io.tributary.core.block.LogsBloom;
import io.tributary.core.block.TransactionReceipt;
import io.tributary.core.crypto.Keccak256;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionSigner;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.state.trie.TrieRoots;
import io.tributary.state.world.WorldState;
import io.tributary.state.world.WorldStateArchive;
import io.tributary.state.world.WorldUpdater;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * A deterministic chain of signed transfers for storage tests: block n is the same on every run and every machine,
 * so a crashed import can be checked against a replay. Each transfer also emits a log, to exercise the log index.
 */
public final class SyntheticChain {
  static final int ACCOUNTS = 32;
  static final int TRANSFERS_PER_BLOCK = 16;
  static final Hash TRANSFER_TOPIC = Keccak256.hash(Bytes.wrap("Transfer".getBytes(StandardCharsets.US_ASCII)));
  private static final List<KeyPair> KEYS = keys();

  private SyntheticChain() {}

  private static List<KeyPair> keys() {
    final List<KeyPair> keys = new ArrayList<>();
    for (int i = 0; i < ACCOUNTS; i++) {
      keys.add(SignatureAlgorithms.get().createKeyPair(Bytes32.wrap(Keccak256.hash(
          Bytes.wrap(("tributary-synthetic-" + i).getBytes(StandardCharsets.US_ASCII))))));
    }
    return keys;
  }

  static Address account(final int i) {
    return KEYS.get(i).address();
  }

  /** The block and its effects, ready for {@link BlockCommitter#commit}. */
  public record Executed(Block block, List<TransactionReceipt> receipts, WorldUpdater changes) {}

  static Executed genesis(final WorldStateArchive archive) {
    final WorldUpdater state = archive.updater(Hash.EMPTY_TRIE_HASH);
    for (final KeyPair key : KEYS) {
      state.setBalance(key.address(), Wei.ofTrib(1_000));
    }
    final BlockHeader header = BlockHeader.builder().number(0).gasLimit(30_000_000).timestamp(0)
        .stateRoot(archive.rootAfter(state)).tributaryCancunFields(Wei.of(1_000_000_000L)).build();
    return new Executed(new Block(header, BlockBody.of(List.of())), List.of(), state);
  }

  static Executed next(final WorldStateArchive archive, final BlockHeader parent) {
    final long number = parent.number() + 1;
    final Random random = new Random(number);
    final WorldState before = archive.at(parent.stateRoot());
    final WorldUpdater state = archive.updater(parent.stateRoot());
    final List<Transaction> txs = new ArrayList<>();
    final List<TransactionReceipt> receipts = new ArrayList<>();
    for (int t = 0; t < TRANSFERS_PER_BLOCK; t++) {
      final int from = random.nextInt(ACCOUNTS);
      final int to = random.nextInt(ACCOUNTS);
      final Wei value = Wei.of(1 + random.nextInt(1_000_000));
      final Address sender = account(from);
      final Transaction tx = TransactionSigner.sign(Transaction.builder().type(TransactionType.EIP1559).chainId(7357L)
          .nonce(state.nonce(sender)).maxPriorityFeePerGas(Wei.ZERO).maxFeePerGas(Wei.of(1_000_000_000L))
          .gasLimit(21_000).to(account(to)).value(value), KEYS.get(from));
      state.beginTransaction();
      state.incrementNonce(sender);
      state.subtractBalance(sender, value);
      state.addBalance(account(to), value);
      txs.add(tx);
      receipts.add(TransactionReceipt.of(TransactionType.EIP1559, true, 21_000L * (t + 1),
          List.of(new Log(sender, List.of(TRANSFER_TOPIC), Bytes.wrap(value.toMinimalBytes())))));
    }
    final BlockHeader header = BlockHeader.builder().parentHash(parent.hash()).number(number).gasLimit(30_000_000)
        .gasUsed(21_000L * TRANSFERS_PER_BLOCK).timestamp(number * 2).coinbase(account(0))
        .stateRoot(archive.rootAfter(state))
        .transactionsRoot(TrieRoots.orderedRoot(txs.stream().map(Transaction::encoded).toList()))
        .receiptsRoot(TrieRoots.orderedRoot(receipts.stream().map(TransactionReceipt::encoded).toList()))
        .logsBloom(LogsBloom.union(receipts.stream().map(TransactionReceipt::bloom).toList()))
        .tributaryCancunFields(Wei.of(1_000_000_000L)).build();
    if (before.rootHash().equals(header.stateRoot())) {
      throw new IllegalStateException("a block of transfers must change the state");
    }
    return new Executed(new Block(header, BlockBody.of(txs)), receipts, state);
  }
}
