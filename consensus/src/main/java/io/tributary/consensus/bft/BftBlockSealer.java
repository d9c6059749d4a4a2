package io.tributary.consensus.bft;

import io.tributary.core.block.BftExtraData;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.Signature;
import io.tributary.core.crypto.SignatureAlgorithm;
import io.tributary.core.types.Hash;

/** A validator's signatures: the proposer seal on its own proposals, and commit seals on blocks it commits. */
public final class BftBlockSealer {
  private final KeyPair key;
  private final SignatureAlgorithm signatures;

  public BftBlockSealer(final KeyPair key, final SignatureAlgorithm signatures) {
    this.key = key;
    this.signatures = signatures;
  }

  public KeyPair key() {
    return key;
  }

  /** {@code block} with its proposer seal filled in; the transactions and effects are unchanged. */
  public Block sealProposal(final Block block) {
    final BlockHeader header = block.header();
    final Signature seal = signatures.sign(BftExtraData.proposerSealHash(header), key);
    final BftExtraData sealed = BftExtraData.decode(header.extraData()).withProposerSeal(seal);
    return new Block(header.toBuilder().extraData(sealed.encoded()).build(), block.body());
  }

  /** This validator's commit seal for the block with hash {@code blockHash}. */
  public Signature commitSeal(final Hash blockHash) {
    return signatures.sign(BftExtraData.commitSealHash(blockHash), key);
  }
}
