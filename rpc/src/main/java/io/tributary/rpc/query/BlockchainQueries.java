package io.tributary.rpc.query;

import io.tributary.consensus.chain.NextBlockRules;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.block.TransactionReceipt;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.rpc.methods.BlockResolver;
import io.tributary.state.chain.ChainStore;
import io.tributary.state.chain.TransactionLocation;
import io.tributary.state.spec.ProtocolSchedule;
import io.tributary.state.trie.MerkleTrie;
import io.tributary.state.world.WorldState;
import io.tributary.state.world.WorldStateArchive;
import java.util.List;
import java.util.Optional;

/**
 * What the read-side RPC methods ask of the chain: blocks and receipts by hash or by block parameter, the world state
 * of a block, raw trie nodes for proofs, and the next block's base fee. Reads the canonical chain only; a BFT chain
 * does not reorganise, so an answer stays true once given.
 */
public final class BlockchainQueries {
  private final ChainStore chain;
  private final WorldStateArchive worldState;
  private final MerkleTrie.TrieNodeStore trieNodes;
  private final ProtocolSchedule schedule;
  private final NextBlockRules nextBlockRules;
  private final DecodedBlockCache<Block> decodedBlocks = new DecodedBlockCache<>(32);
  private final DecodedBlockCache<List<TransactionReceipt>> decodedReceipts = new DecodedBlockCache<>(32);

  /**
   * @param trieNodes the stored trie nodes ({@code StoredTrieNodes.reader(storage)}), read for eth_getProof
   * @param schedule gives the base fee rules of the next block
   */
  public BlockchainQueries(final ChainStore chain, final WorldStateArchive worldState,
      final MerkleTrie.TrieNodeStore trieNodes, final ProtocolSchedule schedule) {
    this.chain = chain;
    this.worldState = worldState;
    this.trieNodes = trieNodes;
    this.schedule = schedule;
    this.nextBlockRules = new NextBlockRules(schedule, worldState);
  }

  public ChainStore chain() {
    return chain;
  }

  public MerkleTrie.TrieNodeStore trieNodes() {
    return trieNodes;
  }

  /** The canonical head; a node always has at least its genesis block. */
  public BlockHeader head() {
    return chain.headHeader().orElseThrow(() -> new IllegalStateException("the chain has no genesis block"));
  }

  /** The header a block parameter names, empty when this node has no such (canonical) block. */
  public Optional<BlockHeader> header(final BlockParameter parameter) {
    if (parameter instanceof BlockParameter.AtNumber at) {
      return chain.headerByNumber(at.number());
    }
    if (parameter instanceof BlockParameter.AtHash at) {
      final Optional<BlockHeader> header = chain.header(at.hash());
      if (at.requireCanonical()) {
        return header.filter(h -> chain.canonicalHash(h.number()).map(h.hash()::equals).orElse(false));
      }
      return header;
    }
    final BlockParameter.Tag tag = ((BlockParameter.Tagged) parameter).tag();
    return tag == BlockParameter.Tag.EARLIEST ? chain.headerByNumber(0) : chain.headHeader();
  }

  /** The number a block parameter names, which may be beyond the head (a hash resolves through its header). */
  public Optional<Long> number(final BlockParameter parameter) {
    if (parameter instanceof BlockParameter.AtNumber at) {
      return Optional.of(at.number());
    }
    return header(parameter).map(BlockHeader::number);
  }

  public Optional<Block> block(final BlockParameter parameter) {
    return header(parameter).flatMap(h -> block(h.hash()));
  }

  public Optional<Block> block(final Hash hash) {
    return decodedBlocks.get(hash, chain::block);
  }

  public Optional<Block> blockByNumber(final long number) {
    return chain.canonicalHash(number).flatMap(this::block);
  }

  public List<TransactionReceipt> receipts(final Hash blockHash) {
    return decodedReceipts.get(blockHash, h -> chain.receipts(h).map(List::copyOf)).orElse(List.of());
  }

  public Optional<TransactionLocation> transactionLocation(final Hash txHash) {
    return chain.transactionLocation(txHash);
  }

  /** The state after {@code header}, empty when its trie nodes are not kept (pruned or not yet synced). */
  public Optional<WorldState> state(final BlockHeader header) {
    return worldState.isAvailable(header.stateRoot()) ? Optional.of(worldState.at(header.stateRoot()))
        : Optional.empty();
  }

  /** Block parameters as eth_call and eth_estimateGas read them (their second parameter). */
  public BlockResolver blockResolver() {
    return parameter -> header(BlockParameter.parse(parameter, "params[1]"));
  }

  /** What the state after a block says its child must be (validators, gas limit, base fee). */
  public NextBlockRules nextBlockRules() {
    return nextBlockRules;
  }

  /**
   * The base fee a child of {@code parent} must carry: the child's own when it is stored, else by the rules in the
   * parent's state (governance may have changed them), else, for a parent whose state is pruned, by the spec's.
   */
  public Wei nextBaseFee(final BlockHeader parent) {
    final Optional<Wei> stored = chain.headerByNumber(parent.number() + 1)
        .filter(child -> child.parentHash().equals(parent.hash())).flatMap(BlockHeader::baseFeePerGas);
    if (stored.isPresent()) {
      return stored.get();
    }
    if (worldState.isAvailable(parent.stateRoot())) {
      return nextBlockRules.forChildOf(parent).baseFee();
    }
    return schedule.specAt(parent.number() + 1).baseFee().nextBaseFee(parent);
  }

  /** The base fee of the block after the head: what a transaction sent now pays at least. */
  public Wei pendingBaseFee() {
    return nextBaseFee(head());
  }
}
