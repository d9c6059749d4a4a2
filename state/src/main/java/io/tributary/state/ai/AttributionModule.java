package io.tributary.state.ai;

import io.tributary.core.abi.AbiEvent;
import io.tributary.core.abi.AbiFunction;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.poa.RoyaltySplit;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * Attribution at 0x...a7003 (contracts/IAttribution.sol): records inferences with their claimed hits per dataset,
 * checks the claims against the poa-engine's computation, and pays the fee out in the same call: the model's owner,
 * its base model's owner (lineage), each attributed dataset's owner in proportion to its hits (poa-engine SPEC.md
 * section 5), and the treasury, which also receives every remainder of the integer divisions.
 *
 * <p>A transaction that calls this module directly with a wrong claim never gets here: the transaction processor
 * refuses it (pool and block validity). A contract that calls it with a wrong claim reverts with ClaimMismatch.
 */
public final class AttributionModule extends AbiModule {
  static final String CLAIMS = "(uint64,uint32)[]";

  public static final AbiFunction RECORD_INFERENCE = AbiFunction.parse(
      "recordInference(uint64,bytes32,uint64[]," + CLAIMS + ")", "uint64");
  public static final AbiFunction RECORD_INFERENCES = AbiFunction.parse(
      "recordInferences((uint64,bytes32,uint64[]," + CLAIMS + ",uint256)[])", "uint64");
  public static final AbiFunction GET_INFERENCE = AbiFunction.parse("getInference(uint64)",
      "(uint64,uint64,address,bytes32,bytes32,uint32,uint256,uint64," + CLAIMS + ")");
  public static final AbiFunction INFERENCE_COUNT = AbiFunction.parse("inferenceCount()", "uint64");
  public static final AbiFunction ROYALTIES_OF = AbiFunction.parse("royaltiesOf(address)", "uint256,uint64");

  public static final AbiEvent INFERENCE_RECORDED =
      AbiEvent.parse("InferenceRecorded(uint64 indexed,uint64 indexed,address indexed,bytes32,uint32,uint256)");
  public static final AbiEvent ROYALTY_PAID =
      AbiEvent.parse("RoyaltyPaid(uint64 indexed,uint64 indexed,address indexed,uint32,uint256)");
  public static final AbiEvent FEE_DISTRIBUTED = AbiEvent.parse(
      "FeeDistributed(uint64 indexed,address,uint256,address,uint256,uint256,uint256)");

  private final AttributionService service;

  public AttributionModule(final AiParams params, final AttributionService service) {
    super("Attribution", params);
    this.service = service;
    payable(RECORD_INFERENCE, (call, args) -> RECORD_INFERENCE.encodeOutputs(UInt256.valueOf(
        record(call, InferenceInput.ofSingle(args, call.value().toUInt256())))));
    payable(RECORD_INFERENCES, this::recordBatch);
    view(GET_INFERENCE, (call, args) -> {
      final long id = DatasetRegistryModule.id(args.get(0));
      return GET_INFERENCE.encodeOutputs(AiAbi.inferenceTuple(call.inferences().get(id).orElseThrow(
          () -> ModuleCall.revert("UnknownInference", "inference " + Long.toUnsignedString(id)
              + " is not recorded"))));
    });
    view(INFERENCE_COUNT, (call, args) -> INFERENCE_COUNT.encodeOutputs(UInt256.valueOf(
        call.inferences().count())));
    view(ROYALTIES_OF, (call, args) -> {
      final Royalties royalties = call.inferences().royalties((Address) args.get(0));
      return ROYALTIES_OF.encodeOutputs(royalties.total().toUInt256(), UInt256.valueOf(royalties.payments()));
    });
  }

  private Bytes recordBatch(final ModuleCall call, final List<Object> args) {
    final List<?> tuples = (List<?>) args.get(0);
    if (tuples.isEmpty()) {
      throw ModuleCall.revert("EmptyBatch", "recordInferences needs at least one inference");
    }
    final List<InferenceInput> inputs = new ArrayList<>();
    UInt256 total = UInt256.ZERO;
    for (final Object tuple : tuples) {
      final InferenceInput input = InferenceInput.ofTuple(tuple);
      final UInt256 sum = total.add(input.fee());
      if (sum.compareTo(total) < 0) {
        throw ModuleCall.revert("ValueMismatch", "the fees overflow uint256");
      }
      total = sum;
      inputs.add(input);
    }
    if (!total.equals(call.value().toUInt256())) {
      throw ModuleCall.revert("ValueMismatch", "the fees sum to " + total.toDecimalString() + " wei but "
          + call.value().toUInt256().toDecimalString() + " were sent");
    }
    long first = 0;
    for (final InferenceInput input : inputs) {
      final long id = record(call, input);
      first = first == 0 ? id : first;
    }
    return RECORD_INFERENCES.encodeOutputs(UInt256.valueOf(first));
  }

  /** Checks one inference, pays its fee out and records it; returns its id. */
  private long record(final ModuleCall call, final InferenceInput input) {
    final AiParams params = call.params();
    final ModelStore models = call.models();
    if (!models.exists(input.modelId())) {
      throw ModuleCall.revert("UnknownModel", "model " + Long.toUnsignedString(input.modelId())
          + " is not registered");
    }
    if (!models.isActive(input.modelId())) {
      throw ModuleCall.revert("ModelInactive", "model " + input.modelId() + " is deactivated");
    }
    final Wei modelFee = models.fee(input.modelId());
    if (input.fee().compareTo(modelFee.toUInt256()) < 0) {
      throw ModuleCall.revert("FeeTooLow", "paid " + input.fee().toDecimalString() + " wei, model "
          + input.modelId() + " charges " + modelFee.toUInt256().toDecimalString());
    }
    final Optional<String> problem = structuralProblem(call, input);
    if (problem.isPresent()) {
      final String[] parts = problem.get().split(": ", 2);
      throw ModuleCall.revert(parts[0], parts[1]);
    }
    final AttributionCandidates candidates = AttributionCandidates.of(call.call().world(), params,
        models.candidates(input.modelId()), call.block());
    call.gas().charge(params.gas().attributionWork(input.words().length, candidates.ids().length,
        params.attribution().shingleWords()));
    final List<Claim> computed;
    try {
      computed = candidates.claims(service.hits(params.attribution(), candidates.job(input.words())));
    } catch (final IllegalArgumentException e) {
      // Deterministic: the reference refused the input (e.g. a sketch sealed under other parameters).
      throw ModuleCall.revert("AttributionFailed", e.getMessage());
    }
    final Optional<String> mismatch = mismatch(input.claims(), computed);
    if (mismatch.isPresent()) {
      throw ModuleCall.revert("ClaimMismatch", mismatch.get());
    }
    return payAndRecord(call, input, computed);
  }

  /**
   * What is wrong with an inference's shape, as "Name: message", before any attribution is computed: word count,
   * claims out of order, duplicated, with zero hits, or naming a dataset the model is not attributed against.
   */
  static Optional<String> structuralProblem(final ModuleCall call, final InferenceInput input) {
    final int maxWords = call.params().attribution().maxWords();
    if (input.words().length == 0) {
      return Optional.of("NoWords: an inference carries at least one word hash");
    }
    if (input.words().length > maxWords) {
      return Optional.of("TooManyWords: " + input.words().length + " word hashes, at most " + maxWords);
    }
    final long[] modelCandidates = call.models().candidates(input.modelId());
    for (int i = 0; i < input.claims().size(); i++) {
      final Claim claim = input.claims().get(i);
      if (i > 0) {
        final long previous = input.claims().get(i - 1).datasetId();
        if (claim.datasetId() == previous) {
          return Optional.of("DuplicateClaim: dataset " + claim.datasetId() + " is claimed twice");
        }
        if (Long.compareUnsigned(claim.datasetId(), previous) < 0) {
          return Optional.of("ClaimsOutOfOrder: claims must be in ascending dataset order; "
              + Long.toUnsignedString(claim.datasetId()) + " follows " + previous);
        }
      }
      if (claim.hits() <= 0) {
        return Optional.of("ZeroHitClaim: a claim names a dataset with at least one hit; dataset "
            + claim.datasetId() + " claims " + Integer.toUnsignedString(claim.hits()));
      }
      boolean known = false;
      for (final long candidate : modelCandidates) {
        known |= candidate == claim.datasetId();
      }
      if (!known) {
        return Optional.of("ForeignDataset: dataset " + Long.toUnsignedString(claim.datasetId())
            + " is not among model " + input.modelId() + "'s training datasets or its lineage's");
      }
      if (call.datasets().sealedAtIfAttributable(claim.datasetId(), call.block()).isEmpty()) {
        return Optional.of("DatasetNotAttributable: dataset " + claim.datasetId()
            + " is not sealed before this block, or was deactivated");
      }
    }
    return Optional.empty();
  }

  /** How the claims differ from the computation, if they do. */
  static Optional<String> mismatch(final List<Claim> claimed, final List<Claim> computed) {
    int i = 0;
    int j = 0;
    while (i < claimed.size() || j < computed.size()) {
      final Claim c = i < claimed.size() ? claimed.get(i) : null;
      final Claim d = j < computed.size() ? computed.get(j) : null;
      if (c != null && d != null && c.datasetId() == d.datasetId()) {
        if (c.hits() != d.hits()) {
          return Optional.of("dataset " + c.datasetId() + " claimed " + Integer.toUnsignedString(c.hits())
              + " hits, the computation finds " + d.hits());
        }
        i++;
        j++;
      } else if (d == null || (c != null && c.datasetId() < d.datasetId())) {
        return Optional.of("dataset " + c.datasetId() + " claimed " + Integer.toUnsignedString(c.hits())
            + " hits, the computation finds 0");
      } else {
        return Optional.of("dataset " + d.datasetId() + " has " + d.hits()
            + " hits but is not claimed");
      }
    }
    return Optional.empty();
  }

  private static long payAndRecord(final ModuleCall call, final InferenceInput input, final List<Claim> claims) {
    final long modelId = input.modelId();
    final ModelStore models = call.models();
    final FeeSplit split = models.split(modelId);
    final BigInteger fee = input.fee().toBigInteger();
    final BigInteger ownerShare = share(fee, split.ownerBps());
    final BigInteger lineageShare = share(fee, split.lineageBps());
    final BigInteger dataShare = share(fee, split.dataBps());
    final long[] ids = claims.stream().mapToLong(Claim::datasetId).toArray();
    final int[] hits = claims.stream().mapToInt(Claim::hits).toArray();
    final RoyaltySplit royalties = RoyaltySplit.of(dataShare, ids, hits, call.params().attribution().minHits());

    final long id = call.inferences().record(modelId, call.caller(), input.outputHash(), wordsHash(input.words()),
        input.words().length, Wei.of(input.fee()), call.block(), claims);
    call.emit(INFERENCE_RECORDED, UInt256.valueOf(id), UInt256.valueOf(modelId), call.caller(), input.outputHash(),
        UInt256.valueOf(input.words().length), input.fee());

    final Address modelOwner = models.owner(modelId);
    payTracked(call, modelOwner, ownerShare);
    Address lineageOwner = Address.ZERO;
    BigInteger lineagePaid = BigInteger.ZERO;
    final long base = models.base(modelId);
    if (base != 0 && lineageShare.signum() > 0) {
      lineageOwner = models.owner(base);
      lineagePaid = lineageShare;
      payTracked(call, lineageOwner, lineageShare);
    }
    BigInteger dataPaid = BigInteger.ZERO;
    for (final RoyaltySplit.Share share : royalties.shares()) {
      if (!share.eligible()) {
        continue;
      }
      final Address owner = call.datasets().owner(share.datasetId());
      final Wei amount = Wei.of(share.amount());
      payTracked(call, owner, share.amount());
      call.datasets().addRoyalty(share.datasetId(), amount);
      dataPaid = dataPaid.add(share.amount());
      call.emit(ROYALTY_PAID, UInt256.valueOf(id), UInt256.valueOf(share.datasetId()), owner,
          UInt256.valueOf(share.hits()), amount.toUInt256());
    }
    // The treasury gets its share, a lineage share with no base model, and every remainder of the divisions.
    final BigInteger treasury = fee.subtract(ownerShare).subtract(lineagePaid).subtract(dataPaid);
    call.pay(AiAddresses.TREASURY, Wei.of(treasury));
    call.emit(FEE_DISTRIBUTED, UInt256.valueOf(id), modelOwner, Wei.of(ownerShare).toUInt256(), lineageOwner,
        Wei.of(lineagePaid).toUInt256(), Wei.of(dataPaid).toUInt256(), Wei.of(treasury).toUInt256());
    return id;
  }

  private static void payTracked(final ModuleCall call, final Address to, final BigInteger amount) {
    if (amount.signum() > 0) {
      call.pay(to, Wei.of(amount));
      call.inferences().addRoyalty(to, Wei.of(amount));
    }
  }

  private static BigInteger share(final BigInteger fee, final int bps) {
    return fee.multiply(BigInteger.valueOf(bps)).divide(BigInteger.valueOf(FeeSplit.TOTAL_BPS));
  }

  /** keccak-256 of the word hashes as big-endian uint64s: what the record keeps of the output's words. */
  static Bytes32 wordsHash(final long[] words) {
    final ByteBuffer buffer = ByteBuffer.allocate(words.length * 8);
    for (final long word : words) {
      buffer.putLong(word);
    }
    return Bytes32.wrap(io.tributary.core.crypto.Keccak256.digest(buffer.array()));
  }
}
