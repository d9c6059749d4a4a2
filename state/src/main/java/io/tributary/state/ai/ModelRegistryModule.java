package io.tributary.state.ai;

import io.tributary.core.abi.AbiEvent;
import io.tributary.core.abi.AbiFunction;
import io.tributary.core.types.Wei;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * ModelRegistry at 0x...a7002 (contracts/IModelRegistry.sol): register a base model or an adapter on one, with the
 * datasets it was trained on, its weights hash, inference fee and fee split within the protocol's bounds; update the
 * fee; deactivate. An inference is attributed against the model's own training datasets and its lineage's.
 */
public final class ModelRegistryModule extends AbiModule {
  static final String SPLIT = "(uint16,uint16,uint16,uint16)";
  static final String MODEL_TUPLE =
      "(uint64,address,uint64,string,string,bytes32,uint64[],uint64[],uint256," + SPLIT + ",uint64,bool)";

  public static final AbiFunction REGISTER_MODEL = AbiFunction.parse(
      "registerModel(string,string,bytes32,uint64[],uint256," + SPLIT + ")", "uint64");
  public static final AbiFunction REGISTER_ADAPTER = AbiFunction.parse(
      "registerAdapter(uint64,string,string,bytes32,uint64[],uint256," + SPLIT + ")", "uint64");
  public static final AbiFunction UPDATE_FEE = AbiFunction.parse("updateFee(uint64,uint256)", "");
  public static final AbiFunction DEACTIVATE = AbiFunction.parse("deactivate(uint64)", "");
  public static final AbiFunction GET_MODEL = AbiFunction.parse("getModel(uint64)", MODEL_TUPLE);
  public static final AbiFunction MODEL_COUNT = AbiFunction.parse("modelCount()", "uint64");

  public static final AbiEvent MODEL_REGISTERED =
      AbiEvent.parse("ModelRegistered(uint64 indexed,address indexed,uint64 indexed,string)");
  public static final AbiEvent FEE_UPDATED = AbiEvent.parse("ModelFeeUpdated(uint64 indexed,uint256,uint256)");
  public static final AbiEvent MODEL_DEACTIVATED = AbiEvent.parse("ModelDeactivated(uint64 indexed)");

  public ModelRegistryModule(final AiParams params) {
    super("ModelRegistry", params);
    function(REGISTER_MODEL, (call, args) -> register(call, 0, args));
    function(REGISTER_ADAPTER, (call, args) -> register(call, DatasetRegistryModule.id(args.get(0)),
        args.subList(1, args.size())));
    function(UPDATE_FEE, this::updateFee);
    function(DEACTIVATE, this::deactivate);
    view(GET_MODEL, (call, args) -> GET_MODEL.encodeOutputs(AiAbi.modelTuple(existing(call,
        DatasetRegistryModule.id(args.get(0))))));
    view(MODEL_COUNT, (call, args) -> MODEL_COUNT.encodeOutputs(UInt256.valueOf(call.models().count())));
  }

  private Bytes register(final ModuleCall call, final long base, final List<Object> args) {
    final String name = bounded(call, "name", (String) args.get(0));
    final String uri = bounded(call, "metadataUri", (String) args.get(1));
    final Bytes32 weights = Bytes32.wrap((Bytes) args.get(2));
    final long[] training = AiAbi.toLongs(args.get(3));
    final Wei fee = Wei.of((UInt256) args.get(4));
    final List<?> s = (List<?>) args.get(5);
    final FeeSplit split = new FeeSplit(((UInt256) s.get(0)).intValue(), ((UInt256) s.get(1)).intValue(),
        ((UInt256) s.get(2)).intValue(), ((UInt256) s.get(3)).intValue());
    if (name.isEmpty()) {
      throw ModuleCall.revert("EmptyName", "a model needs a name");
    }
    checkSplit(call.params(), split, base != 0);
    final TreeSet<Long> candidates = new TreeSet<>();
    for (int i = 0; i < training.length; i++) {
      if (i > 0 && Long.compareUnsigned(training[i], training[i - 1]) <= 0) {
        throw ModuleCall.revert(training[i] == training[i - 1] ? "DuplicateDataset" : "DatasetsOutOfOrder",
            "training datasets must be listed once each in ascending order; " + training[i] + " follows "
                + training[i - 1]);
      }
      final long datasetId = training[i];
      final Dataset dataset = call.datasets().get(datasetId).orElseThrow(() -> ModuleCall.revert(
          "UnknownDataset", "dataset " + Long.toUnsignedString(datasetId) + " is not registered"));
      if (!dataset.sealed()) {
        throw ModuleCall.revert("DatasetNotSealed", "dataset " + dataset.id() + " has no sealed sketch yet");
      }
      if (!dataset.active()) {
        throw ModuleCall.revert("DatasetInactive", "dataset " + dataset.id() + " is deactivated");
      }
      candidates.add(training[i]);
    }
    if (base != 0) {
      if (!call.models().exists(base)) {
        throw ModuleCall.revert("UnknownModel", "base model " + Long.toUnsignedString(base) + " is not registered");
      }
      if (!call.models().isActive(base)) {
        throw ModuleCall.revert("ModelInactive", "base model " + base + " is deactivated");
      }
      for (final long inherited : call.models().candidates(base)) {
        candidates.add(inherited);
      }
    }
    if (candidates.isEmpty()) {
      throw ModuleCall.revert("NoTrainingData", "a model names at least one training dataset (its own or its base's)");
    }
    if (candidates.size() > call.params().maxCandidates()) {
      throw ModuleCall.revert("TooManyCandidates", "the model and its lineage name " + candidates.size()
          + " datasets, at most " + call.params().maxCandidates() + " are allowed");
    }
    final long[] candidateIds = candidates.stream().mapToLong(Long::longValue).toArray();
    final long id = call.models().register(call.caller(), base, name, uri, weights, training, candidateIds, fee,
        split, call.block());
    call.emit(MODEL_REGISTERED, UInt256.valueOf(id), call.caller(), UInt256.valueOf(base), name);
    return REGISTER_MODEL.encodeOutputs(UInt256.valueOf(id));
  }

  /** The protocol's bounds on a fee split; an adapter may pay lineage, a base model has none to pay. */
  static void checkSplit(final AiParams params, final FeeSplit split, final boolean adapter) {
    if (!split.sumsToWhole()) {
      throw ModuleCall.revert("InvalidSplit", "owner, lineage, data and treasury shares must sum to 10000 bps, got "
          + ((long) split.ownerBps() + split.lineageBps() + split.dataBps() + split.treasuryBps()));
    }
    if (split.dataBps() < params.minDataBps()) {
      throw ModuleCall.revert("SplitOutOfBounds", "data contributors get at least " + params.minDataBps()
          + " bps, got " + split.dataBps());
    }
    if (split.treasuryBps() < params.minTreasuryBps() || split.treasuryBps() > params.maxTreasuryBps()) {
      throw ModuleCall.revert("SplitOutOfBounds", "the treasury share must be within " + params.minTreasuryBps()
          + ".." + params.maxTreasuryBps() + " bps, got " + split.treasuryBps());
    }
    if (!adapter && split.lineageBps() != 0) {
      throw ModuleCall.revert("SplitOutOfBounds", "a base model has no lineage to pay; lineage share must be 0");
    }
    if (split.lineageBps() > params.maxLineageBps()) {
      throw ModuleCall.revert("SplitOutOfBounds", "the lineage share is at most " + params.maxLineageBps()
          + " bps, got " + split.lineageBps());
    }
  }

  private Bytes updateFee(final ModuleCall call, final List<Object> args) {
    final Model model = ownersActive(call, DatasetRegistryModule.id(args.get(0)));
    final Wei fee = Wei.of((UInt256) args.get(1));
    call.models().setFee(model.id(), fee);
    call.emit(FEE_UPDATED, UInt256.valueOf(model.id()), model.inferenceFee().toUInt256(), fee.toUInt256());
    return Bytes.EMPTY;
  }

  private Bytes deactivate(final ModuleCall call, final List<Object> args) {
    final Model model = ownersActive(call, DatasetRegistryModule.id(args.get(0)));
    call.models().deactivate(model.id());
    call.emit(MODEL_DEACTIVATED, UInt256.valueOf(model.id()));
    return Bytes.EMPTY;
  }

  private static Model existing(final ModuleCall call, final long id) {
    return call.models().get(id).orElseThrow(
        () -> ModuleCall.revert("UnknownModel", "model " + Long.toUnsignedString(id) + " is not registered"));
  }

  private static Model ownersActive(final ModuleCall call, final long id) {
    final Model model = existing(call, id);
    if (!model.owner().equals(call.caller())) {
      throw ModuleCall.revert("NotOwner", "only the owner " + model.owner().toHexString() + " may change model "
          + id);
    }
    if (!model.active()) {
      throw ModuleCall.revert("ModelInactive", "model " + id + " is deactivated");
    }
    return model;
  }

  private static String bounded(final ModuleCall call, final String field, final String value) {
    final int length = value.getBytes(StandardCharsets.UTF_8).length;
    if (length > call.params().maxStringBytes()) {
      throw ModuleCall.revert("StringTooLong", field + " is " + length + " bytes, at most "
          + call.params().maxStringBytes() + " are allowed");
    }
    return value;
  }
}
