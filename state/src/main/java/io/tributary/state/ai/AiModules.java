package io.tributary.state.ai;

import io.tributary.core.encoding.DecodingException;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionInvalidReason;
import io.tributary.core.validation.ValidationResult;
import io.tributary.state.gov.AiParamStore;
import io.tributary.vm.EvmWorld;
import io.tributary.vm.nativecontract.NativeContractRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AI modules of a protocol spec: their parameters, the three native contracts, and the checks validators run on
 * attribution claims outside the EVM. {@link #NONE} for Ethereum's specs.
 *
 * <p>Before a block executes, {@link #verifyBlock} attributes every inference that the block's transactions send
 * straight to the Attribution module in <em>one</em> batch on the poa-engine, against the parent state; then each
 * transaction's {@link #checkClaims} (the transaction processor runs it, and so the pool and the block builder)
 * compares its claims with those results, and a transaction with a wrong claim is invalid, so a block with one is
 * invalid.
 */
public final class AiModules {
  private static final Logger LOG = LoggerFactory.getLogger(AiModules.class);

  public static final AiModules NONE = new AiModules(null, null);

  private final AiParams params;
  private final AttributionService service;

  private AiModules(final AiParams params, final AttributionService service) {
    this.params = params;
    this.service = service;
  }

  public static AiModules of(final AiParams params, final AttributionService service) {
    return new AiModules(params, service);
  }

  public boolean isEnabled() {
    return params != null;
  }

  public AiParams params() {
    return params;
  }

  public AttributionService service() {
    return service;
  }

  /** The native contracts to add to the EVM: DatasetRegistry, ModelRegistry, Attribution. */
  public NativeContractRegistry contracts() {
    if (!isEnabled()) {
      return NativeContractRegistry.EMPTY;
    }
    return NativeContractRegistry.EMPTY
        .with(AiAddresses.DATASET_REGISTRY, new DatasetRegistryModule(params))
        .with(AiAddresses.MODEL_REGISTRY, new ModelRegistryModule(params))
        .with(AiAddresses.ATTRIBUTION, new AttributionModule(params, service));
  }

  /**
   * Attributes, in one batch, the inferences of every transaction in {@code txs} that calls the Attribution module
   * directly, against {@code parent} (the state before the block). Returns how many were computed; logs the batch.
   */
  public int verifyBlock(final EvmWorld parent, final long number, final List<Transaction> txs) {
    if (!isEnabled()) {
      return 0;
    }
    final AiParams params = paramsAt(parent, number);
    final List<AttributionService.Job> jobs = new ArrayList<>();
    int pairs = 0;
    for (final Transaction tx : txs) {
      for (final InferenceInput input : directInferences(tx)) {
        final Optional<AttributionCandidates> candidates = candidates(parent, params, input, number);
        if (candidates.isPresent() && input.words().length > 0
            && input.words().length <= params.attribution().maxWords()) {
          jobs.add(candidates.get().job(input.words()));
          pairs += candidates.get().ids().length;
        }
      }
    }
    if (jobs.isEmpty()) {
      return 0;
    }
    final long start = System.nanoTime();
    final int computed;
    try {
      computed = service.computeBatch(params.attribution(), jobs);
    } catch (final IllegalArgumentException e) {
      LOG.debug("Block {}: the batch pre-check was refused ({}); transactions are checked one by one", number,
          e.getMessage());
      return 0;
    }
    LOG.info("Verified attribution of block {}: {} inferences, {} dataset pairs in one batch on {} ({} ms)",
        number, jobs.size(), pairs, service.engine().name(), (System.nanoTime() - start) / 1_000_000);
    return computed;
  }

  /**
   * Whether a transaction calling the Attribution module directly claims exactly what the computation gives. A
   * malformed call, or one a module rule rejects (unknown model, fee, claim order...), is left to execution, which
   * reverts it with a named reason; only a wrong hit count makes the transaction invalid.
   */
  public ValidationResult<TransactionInvalidReason> checkClaims(final EvmWorld world, final long number,
      final Transaction tx) {
    if (!isEnabled()) {
      return ValidationResult.valid();
    }
    int index = 0;
    for (final InferenceInput input : directInferences(tx)) {
      final Optional<String> mismatch = mismatch(world, number, input);
      if (mismatch.isPresent()) {
        return ValidationResult.invalid(TransactionInvalidReason.ATTRIBUTION_CLAIM_MISMATCH,
            "attribution claim mismatch" + (index > 0 ? " in inference " + index : "") + ": " + mismatch.get());
      }
      index++;
    }
    return ValidationResult.valid();
  }

  /** A dry run of one claim against {@code world} as block {@code number} would see it (ai_attribute). */
  public Optional<String> mismatch(final EvmWorld world, final long number, final InferenceInput input) {
    final AiParams params = paramsAt(world, number);
    final Optional<AttributionCandidates> candidates = candidates(world, params, input, number);
    if (candidates.isEmpty() || input.words().length == 0 || input.words().length > params.attribution().maxWords()
        || !claimsWellFormed(input, candidates.get())) {
      return Optional.empty();
    }
    final List<Claim> computed;
    try {
      computed = candidates.get().claims(service.hits(params.attribution(), candidates.get().job(input.words())));
    } catch (final IllegalArgumentException e) {
      return Optional.empty(); // execution reverts it with AttributionFailed
    }
    return AttributionModule.mismatch(input.claims(), computed);
  }

  /** What the computation gives for {@code words} on {@code modelId}'s attributable datasets in block number. */
  public Optional<List<Claim>> compute(final EvmWorld world, final long number, final long modelId,
      final long[] words) {
    final AiParams params = paramsAt(world, number);
    final Optional<AttributionCandidates> candidates =
        candidates(world, params, new InferenceInput(modelId, null, words, List.of(), UInt256.ZERO), number);
    if (candidates.isEmpty() || words.length == 0 || words.length > params.attribution().maxWords()) {
      return Optional.empty();
    }
    return Optional.of(candidates.get().claims(
        service.hits(params.attribution(), candidates.get().job(words))));
  }

  /**
   * The parameters in force for block {@code number} in {@code world}: the spec's, with those a passed governance
   * proposal changed (in force from the block after the one that finalized it).
   */
  public AiParams paramsAt(final EvmWorld world, final long number) {
    return AiParamStore.read(world, params, number);
  }

  private static Optional<AttributionCandidates> candidates(final EvmWorld world, final AiParams params,
      final InferenceInput input, final long number) {
    final ModelStore models = new ModelStore(ModuleStorage.reader(world, AiAddresses.MODEL_REGISTRY));
    if (!models.exists(input.modelId()) || !models.isActive(input.modelId())) {
      return Optional.empty();
    }
    return Optional.of(AttributionCandidates.of(world, params, models.candidates(input.modelId()), number));
  }

  /** Ascending, unique claims on attributable candidates: otherwise execution reverts with the named reason. */
  private static boolean claimsWellFormed(final InferenceInput input, final AttributionCandidates candidates) {
    long previous = 0;
    for (final Claim claim : input.claims()) {
      if (claim.datasetId() <= previous || claim.hits() <= 0 || !candidates.contains(claim.datasetId())) {
        return false;
      }
      previous = claim.datasetId();
    }
    return true;
  }

  /** The inferences a transaction sends straight to the Attribution module; empty for anything else. */
  static List<InferenceInput> directInferences(final Transaction tx) {
    if (tx.to().isEmpty() || !tx.to().get().equals(AiAddresses.ATTRIBUTION) || tx.data().size() < 4) {
      return List.of();
    }
    final Bytes selector = tx.data().slice(0, 4);
    final Bytes args = tx.data().slice(4);
    try {
      if (selector.equals(AttributionModule.RECORD_INFERENCE.selector())) {
        return List.of(InferenceInput.ofSingle(AttributionModule.RECORD_INFERENCE.decodeInputs(args),
            tx.value().toUInt256()));
      }
      if (selector.equals(AttributionModule.RECORD_INFERENCES.selector())) {
        final List<InferenceInput> inputs = new ArrayList<>();
        for (final Object tuple : (List<?>) AttributionModule.RECORD_INFERENCES.decodeInputs(args).get(0)) {
          inputs.add(InferenceInput.ofTuple(tuple));
        }
        return inputs;
      }
    } catch (final DecodingException e) {
      return List.of(); // execution reverts it with MalformedInput
    }
    return List.of();
  }
}
