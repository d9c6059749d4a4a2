package io.tributary.node.sync;

import io.tributary.core.block.BftExtraData;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.block.CommitCertificate;
import io.tributary.state.chain.ChainStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * Answers {@link BlockRangeRequest}s from the chain store: consecutive canonical blocks, each with its certificate,
 * up to a byte budget so one answer fits a frame.
 */
public final class BlockRangeServer {
  /** Answers stay below this many bytes (the p2p frame limit leaves room for the envelope). */
  public static final int MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

  private final ChainStore chain;

  public BlockRangeServer(final ChainStore chain) {
    this.chain = chain;
  }

  /** The encoded answer to an encoded request; a malformed request is a DecodingException (the peer misbehaved). */
  public Bytes serve(final Bytes request) {
    return FinalBlock.encodeList(blocks(BlockRangeRequest.decode(request)));
  }

  public List<FinalBlock> blocks(final BlockRangeRequest request) {
    final List<FinalBlock> blocks = new ArrayList<>();
    long size = 0;
    for (long number = request.from(); number < request.from() + request.count(); number++) {
      final Optional<Block> block = chain.blockByNumber(number);
      if (block.isEmpty()) {
        break;
      }
      final Optional<CommitCertificate> certificate = certificate(block.get().header());
      if (certificate.isEmpty()) {
        break;
      }
      final FinalBlock item = new FinalBlock(block.get(), certificate.get());
      size += item.encoded().size();
      if (!blocks.isEmpty() && size > MAX_RESPONSE_BYTES) {
        break;
      }
      blocks.add(item);
    }
    return blocks;
  }

  /**
   * The block's stored certificate, or (for a block committed before certificates were stored) the seals its child
   * carries; the round of those is not recorded, so it reads 0.
   */
  private Optional<CommitCertificate> certificate(final BlockHeader header) {
    final Optional<CommitCertificate> stored = chain.certificate(header.hash());
    if (stored.isPresent()) {
      return stored;
    }
    return chain.headerByNumber(header.number() + 1)
        .map(child -> new CommitCertificate(header.hash(), 0, BftExtraData.decode(child.extraData())
            .parentCommitSeals()));
  }
}
