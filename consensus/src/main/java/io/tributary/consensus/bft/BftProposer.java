package io.tributary.consensus.bft;

import io.tributary.consensus.blockcreation.BlockBuilder;
import io.tributary.consensus.blockcreation.BuiltBlock;
import io.tributary.core.block.BftExtraData;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.crypto.Signature;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * The proposer role of the BFT engine: builds the round's block from the pool, names the validator set, carries the
 * commit seals that finalised the parent, and seals the proposal.
 */
public final class BftProposer {
  /** "tributary" padded to the 32 vanity bytes, so explorers can tell who built a block. */
  static final Bytes VANITY = Bytes.wrap(java.util.Arrays.copyOf(
      "tributary".getBytes(java.nio.charset.StandardCharsets.US_ASCII), BftExtraData.VANITY_BYTES));

  private final BlockBuilder builder;
  private final BftBlockSealer sealer;

  public BftProposer(final BlockBuilder builder, final BftBlockSealer sealer) {
    this.builder = builder;
    this.sealer = sealer;
  }

  public BuiltBlock propose(final BlockHeader parent, final int round, final long timestamp,
      final List<Signature> parentCommitSeals) {
    final BftExtraData extra = new BftExtraData(VANITY, builder.rules().validators(parent), round, Optional.empty(),
        parentCommitSeals);
    final BuiltBlock built = builder.build(parent, timestamp, sealer.key().address(), extra.encoded());
    return built.withBlock(sealer.sealProposal(built.block()));
  }
}
