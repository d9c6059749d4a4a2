package io.tributary.consensus.bft;

import io.tributary.consensus.chain.BlockInvalidReason;
import io.tributary.consensus.chain.NextBlockRules;
import io.tributary.core.block.BftExtraData;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.crypto.SignatureAlgorithm;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.core.validation.ValidationResult;
import java.util.Optional;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * The rules a BFT block's header must meet against its parent: Ethereum's header rules as Tributary fixes them, the
 * gas limit, base fee and validator set the parent's state sets ({@link NextBlockRules}), a seal by the round's
 * proposer, and a quorum of commit seals finalising the parent (by the parent's own set).
 */
public final class BftHeaderValidator {
  private final NextBlockRules rules;
  private final CommitCertificateValidator certificates;

  public BftHeaderValidator(final NextBlockRules rules, final SignatureAlgorithm signatures) {
    this.rules = rules;
    this.certificates = new CommitCertificateValidator(signatures);
  }

  /** The next-block rules it checks headers against (shared with whoever needs the same answers). */
  public NextBlockRules rules() {
    return rules;
  }

  public ValidationResult<BlockInvalidReason> validate(final BlockHeader header, final BlockHeader parent) {
    if (!header.parentHash().equals(parent.hash())) {
      return invalid(BlockInvalidReason.UNKNOWN_PARENT, "parent hash " + header.parentHash() + " is not "
          + parent.hash());
    }
    if (header.number() != parent.number() + 1) {
      return invalid(BlockInvalidReason.WRONG_NUMBER, "number " + header.number() + " does not follow "
          + parent.number());
    }
    if (header.timestamp() <= parent.timestamp()) {
      return invalid(BlockInvalidReason.TIMESTAMP_NOT_AFTER_PARENT, "timestamp " + header.timestamp()
          + " is not after the parent's " + parent.timestamp());
    }
    final NextBlockRules.Rules expected = rules.forChildOf(parent);
    if (header.gasLimit() != expected.gasLimit()) {
      return invalid(BlockInvalidReason.WRONG_GAS_LIMIT, "gas limit " + header.gasLimit() + " should be "
          + expected.gasLimit() + " (only governance changes it)");
    }
    final Wei expectedBaseFee = expected.baseFee();
    if (!header.baseFeePerGas().map(expectedBaseFee::equals).orElse(false)) {
      return invalid(BlockInvalidReason.WRONG_BASE_FEE, "base fee " + header.baseFeePerGas().map(Wei::toString)
          .orElse("absent") + " should be " + expectedBaseFee);
    }
    if (!header.difficulty().equals(UInt256.ZERO) || !header.ommersHash().equals(Hash.EMPTY_LIST_HASH)
        || !header.withdrawalsRoot().equals(Optional.of(Hash.EMPTY_TRIE_HASH))
        || !header.blobGasUsed().equals(Optional.of(0L)) || !header.excessBlobGas().equals(Optional.of(0L))
        || !header.parentBeaconBlockRoot().equals(Optional.of(Hash.ZERO))) {
      return invalid(BlockInvalidReason.WRONG_FORK_FIELDS, "difficulty, ommers, withdrawals, blob and beacon fields"
          + " must hold Tributary's fixed values");
    }
    final BftExtraData extra;
    try {
      extra = BftExtraData.decode(header.extraData());
    } catch (final DecodingException | IllegalArgumentException e) {
      return invalid(BlockInvalidReason.MALFORMED_EXTRA_DATA, "extraData: " + e.getMessage());
    }
    final BftExtraData parentExtra = BftExtraData.decode(parent.extraData());
    if (!extra.validators().equals(expected.validators())) {
      return invalid(BlockInvalidReason.WRONG_VALIDATOR_SET, "extraData names " + extra.validators().size()
          + " validators " + extra.validators() + ", the parent's state " + expected.validators().size() + " "
          + expected.validators());
    }
    if (extra.proposerSeal().isEmpty()) {
      return invalid(BlockInvalidReason.MISSING_PROPOSER_SEAL, "block " + header.number() + " is not sealed");
    }
    final Address proposer = BftValidators.proposer(extra.validators(), header.number(), extra.round());
    final Optional<Address> sealer = certificates.signer(BftExtraData.proposerSealHash(header), extra.proposerSeal().get());
    if (!sealer.map(proposer::equals).orElse(false)) {
      return invalid(BlockInvalidReason.WRONG_PROPOSER, "sealed by " + sealer.map(Address::toString)
          .orElse("nobody") + " but round " + extra.round() + " belongs to " + proposer);
    }
    // The genesis block is final by definition; every later parent needs a quorum of its validators' commit seals.
    if (parent.number() > 0) {
      final ValidationResult<BlockInvalidReason> sealed = certificates.validateSeals(extra.parentCommitSeals(),
          parent.hash(), parentExtra.validators());
      if (!sealed.isValid()) {
        return invalid(BlockInvalidReason.INSUFFICIENT_PARENT_COMMIT_SEALS, "parent " + parent.number() + ": "
            + sealed.message());
      }
    }
    return ValidationResult.valid();
  }

  private static ValidationResult<BlockInvalidReason> invalid(final BlockInvalidReason reason, final String message) {
    return ValidationResult.invalid(reason, message);
  }
}
