package io.tributary.consensus.bft;

import io.tributary.consensus.chain.BlockInvalidReason;
import io.tributary.core.block.BftExtraData;
import io.tributary.core.block.CommitCertificate;
import io.tributary.core.crypto.Signature;
import io.tributary.core.crypto.SignatureAlgorithm;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.validation.ValidationResult;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether commit seals finalise a block: seals over {@link BftExtraData#commitSealHash(Hash)} by at least a quorum of
 * distinct members of the validator set that had to finalise it. Seals by strangers, repeated signers and high-s
 * signatures count for nothing.
 */
public final class CommitCertificateValidator {
  private final SignatureAlgorithm signatures;

  public CommitCertificateValidator(final SignatureAlgorithm signatures) {
    this.signatures = signatures;
  }

  /** Checks {@code certificate} finalises the block {@code blockHash} under {@code validators}. */
  public ValidationResult<BlockInvalidReason> validate(final CommitCertificate certificate, final Hash blockHash,
      final List<Address> validators) {
    if (!certificate.blockHash().equals(blockHash)) {
      return ValidationResult.invalid(BlockInvalidReason.INSUFFICIENT_COMMIT_SEALS, "the certificate commits "
          + certificate.blockHash() + ", not " + blockHash);
    }
    return validateSeals(certificate.seals(), blockHash, validators);
  }

  /** Checks {@code seals} over the commit seal hash of {@code blockHash} come from a quorum of {@code validators}. */
  public ValidationResult<BlockInvalidReason> validateSeals(final List<Signature> seals, final Hash blockHash,
      final List<Address> validators) {
    final int committed = distinctSigners(BftExtraData.commitSealHash(blockHash), seals, validators);
    final int quorum = BftValidators.quorum(validators.size());
    if (committed < quorum) {
      return ValidationResult.invalid(BlockInvalidReason.INSUFFICIENT_COMMIT_SEALS, "block " + blockHash
          .toShortHexString() + " carries commit seals of " + committed + " validators; a quorum is " + quorum);
    }
    return ValidationResult.valid();
  }

  /** The validator that signed {@code hash}, if the seal is well formed and recovers. */
  public Optional<Address> signer(final Hash hash, final Signature seal) {
    if (!seal.isValid() || !seal.isLowS()) {
      return Optional.empty();
    }
    return signatures.recoverPublicKey(hash, seal).map(Address::fromPublicKey);
  }

  private int distinctSigners(final Hash sealHash, final List<Signature> seals, final List<Address> validators) {
    final Set<Address> signers = new HashSet<>();
    for (final Signature seal : seals) {
      signer(sealHash, seal).filter(validators::contains).ifPresent(signers::add);
    }
    return signers.size();
  }
}
