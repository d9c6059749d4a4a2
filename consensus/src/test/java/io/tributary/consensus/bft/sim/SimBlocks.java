package io.tributary.consensus.bft.sim;

import io.tributary.consensus.bft.BftBlockSealer;
import io.tributary.consensus.bft.BftValidators;
import io.tributary.consensus.bft.CommitCertificateValidator;
import io.tributary.consensus.bft.ports.BlockValidator;
import io.tributary.consensus.chain.BlockInvalidReason;
import io.tributary.core.block.BftExtraData;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockBody;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.Keccak256;
import io.tributary.core.crypto.Signature;
import io.tributary.core.crypto.SignatureAlgorithm;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.encoding.FlatBytes;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.core.validation.ValidationResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * Real {@link Block}s with cheap fake contents and real signatures: a header whose extraData carries the validator
 * set, round, proposer seal and parent commit seals exactly as on the chain, and an empty body. "Execution" is a
 * check of those consensus fields plus a marker ({@link #INVALID_GAS_USED}) that makes a block fail, as a block with a
 * bad transaction or attribution claim would.
 */
public final class SimBlocks {
  /** gasUsed of a block whose execution fails (Byzantine proposers build these). */
  public static final long INVALID_GAS_USED = 666;

  private static final SignatureAlgorithm SIGNATURES = SignatureAlgorithms.get();
  private static final Map<Integer, List<KeyPair>> KEYS = new HashMap<>();

  private final Map<Hash, ValidationResult<BlockInvalidReason>> validated = new HashMap<>();
  private final CommitCertificateValidator certificates = new CommitCertificateValidator(SIGNATURES);

  /** {@code n} validator keys, sorted by address (the order of the validator set). */
  public static synchronized List<KeyPair> keys(final int n) {
    return KEYS.computeIfAbsent(n, count -> {
      final List<KeyPair> keys = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        keys.add(SIGNATURES.createKeyPair(Bytes32.wrap(Keccak256.hash(Bytes.wrap(("sim-validator-" + i)
            .getBytes(StandardCharsets.US_ASCII))))));
      }
      keys.sort(Comparator.comparing(k -> k.address().toHexString()));
      return List.copyOf(keys);
    });
  }

  public static BlockHeader genesis(final List<KeyPair> keys) {
    final List<Address> validators = keys.stream().map(KeyPair::address).toList();
    final BftExtraData extra = new BftExtraData(Bytes.wrap(new byte[32]), validators, 0, Optional.empty(), List.of());
    return BlockHeader.builder().number(0).gasLimit(30_000_000).timestamp(0).extraData(extra.encoded())
        .tributaryCancunFields(Wei.of(1_000_000_000L)).build();
  }

  /** A sealed child of {@code parent}; {@code variant} changes its contents (equivocating proposers use it). */
  public static Block create(final KeyPair proposer, final BlockHeader parent, final int round,
      final List<Signature> parentCommitSeals, final int variant, final boolean invalid) {
    final BftExtraData parentExtra = BftExtraData.decode(parent.extraData());
    final Bytes vanity = Bytes32.leftPad(Bytes.ofUnsignedInt(variant));
    final BftExtraData extra = new BftExtraData(vanity, parentExtra.validators(), round, Optional.empty(),
        parentCommitSeals);
    final long number = parent.number() + 1;
    final BlockHeader header = BlockHeader.builder().parentHash(parent.hash()).coinbase(proposer.address())
        .number(number).gasLimit(parent.gasLimit()).gasUsed(invalid ? INVALID_GAS_USED : 0)
        .timestamp(parent.timestamp() + 1)
        .stateRoot(Keccak256.hash(FlatBytes.concat(Bytes.ofUnsignedLong(number), Bytes.ofUnsignedInt(round),
            proposer.address(), Bytes.ofUnsignedInt(variant))))
        .extraData(extra.encoded()).tributaryCancunFields(Wei.of(1_000_000_000L)).build();
    return new BftBlockSealer(proposer, SIGNATURES).sealProposal(new Block(header, BlockBody.of(List.of())));
  }

  /** The block validator every simulated node uses (results cached by hash: they depend on the block only). */
  public BlockValidator validator() {
    return (block, parent) -> validated.computeIfAbsent(block.hash(), h -> check(block, parent));
  }

  public CommitCertificateValidator certificates() {
    return certificates;
  }

  private ValidationResult<BlockInvalidReason> check(final Block block, final BlockHeader parent) {
    final BlockHeader header = block.header();
    if (!header.parentHash().equals(parent.hash()) || header.number() != parent.number() + 1) {
      return ValidationResult.invalid(BlockInvalidReason.UNKNOWN_PARENT, "not a child of " + parent.number());
    }
    if (header.timestamp() <= parent.timestamp()) {
      return ValidationResult.invalid(BlockInvalidReason.TIMESTAMP_NOT_AFTER_PARENT, "timestamp");
    }
    if (header.gasUsed() == INVALID_GAS_USED) {
      return ValidationResult.invalid(BlockInvalidReason.INVALID_TRANSACTION, "the block's execution fails");
    }
    final BftExtraData extra;
    try {
      extra = BftExtraData.decode(header.extraData());
    } catch (final DecodingException | IllegalArgumentException e) {
      return ValidationResult.invalid(BlockInvalidReason.MALFORMED_EXTRA_DATA, e.getMessage());
    }
    final List<Address> validators = BftValidators.of(parent);
    if (!extra.validators().equals(validators)) {
      return ValidationResult.invalid(BlockInvalidReason.WRONG_VALIDATOR_SET, "validators");
    }
    if (extra.proposerSeal().isEmpty()) {
      return ValidationResult.invalid(BlockInvalidReason.MISSING_PROPOSER_SEAL, "unsealed");
    }
    final Address proposer = BftValidators.proposer(validators, header.number(), extra.round());
    if (!certificates.signer(BftExtraData.proposerSealHash(header), extra.proposerSeal().get())
        .map(proposer::equals).orElse(false)) {
      return ValidationResult.invalid(BlockInvalidReason.WRONG_PROPOSER, "sealed by the wrong proposer");
    }
    if (parent.number() > 0) {
      final ValidationResult<BlockInvalidReason> seals = certificates.validateSeals(extra.parentCommitSeals(),
          parent.hash(), validators);
      if (!seals.isValid()) {
        return seals;
      }
    }
    return ValidationResult.valid();
  }
}
