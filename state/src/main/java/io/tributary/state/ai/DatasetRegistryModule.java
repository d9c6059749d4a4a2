package io.tributary.state.ai;

import io.tributary.core.abi.AbiEvent;
import io.tributary.core.abi.AbiFunction;
import io.tributary.core.crypto.Keccak256;
import io.tributary.core.types.Address;
import io.tributary.poa.SealedSketch;
import io.tributary.poa.SketchProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * DatasetRegistry at 0x...a7001 (contracts/IDatasetRegistry.sol): register a dataset, upload its sketch in chunks,
 * seal it (the commitment is checked against the uploaded bytes and the sketch against the protocol's n, k and
 * bounds), transfer ownership, deactivate. A dataset is attributable from the block after the one that sealed it.
 */
public final class DatasetRegistryModule extends AbiModule {
  static final String DATASET_TUPLE = "(uint64,address,address,string,string,bytes32,string,uint8,uint64,bytes32,"
      + "uint64,uint64,bool,uint64,bool,uint64,uint256,uint64)";

  public static final AbiFunction REGISTER =
      AbiFunction.parse("register(string,string,bytes32,string,address,uint8)", "uint64");
  public static final AbiFunction UPLOAD_SKETCH = AbiFunction.parse("uploadSketch(uint64,bytes)", "");
  public static final AbiFunction SEAL = AbiFunction.parse("seal(uint64,bytes32,uint64)", "");
  public static final AbiFunction TRANSFER_OWNERSHIP = AbiFunction.parse("transferOwnership(uint64,address)", "");
  public static final AbiFunction DEACTIVATE = AbiFunction.parse("deactivate(uint64)", "");
  public static final AbiFunction GET_DATASET = AbiFunction.parse("getDataset(uint64)", DATASET_TUPLE);
  public static final AbiFunction DATASET_COUNT = AbiFunction.parse("datasetCount()", "uint64");

  public static final AbiEvent DATASET_REGISTERED =
      AbiEvent.parse("DatasetRegistered(uint64 indexed,address indexed,address indexed,string)");
  public static final AbiEvent SKETCH_UPLOADED = AbiEvent.parse("SketchChunkUploaded(uint64 indexed,uint64,uint64)");
  public static final AbiEvent DATASET_SEALED = AbiEvent.parse("DatasetSealed(uint64 indexed,bytes32,uint64)");
  public static final AbiEvent OWNERSHIP_TRANSFERRED =
      AbiEvent.parse("DatasetOwnershipTransferred(uint64 indexed,address indexed,address indexed)");
  public static final AbiEvent DATASET_DEACTIVATED = AbiEvent.parse("DatasetDeactivated(uint64 indexed)");

  public DatasetRegistryModule(final AiParams params) {
    super("DatasetRegistry", params);
    function(REGISTER, this::register);
    function(UPLOAD_SKETCH, this::uploadSketch);
    function(SEAL, this::seal);
    function(TRANSFER_OWNERSHIP, this::transferOwnership);
    function(DEACTIVATE, this::deactivate);
    view(GET_DATASET, (call, args) -> GET_DATASET.encodeOutputs(
        AiAbi.datasetTuple(existing(call, id(args.get(0))))));
    view(DATASET_COUNT, (call, args) -> DATASET_COUNT.encodeOutputs(UInt256.valueOf(call.datasets().count())));
  }

  private Bytes register(final ModuleCall call, final List<Object> args) {
    final String name = boundedString(call, "name", (String) args.get(0));
    final String uri = boundedString(call, "metadataUri", (String) args.get(1));
    final Bytes32 contentRoot = Bytes32.wrap((Bytes) args.get(2));
    final String licence = boundedString(call, "licence", (String) args.get(3));
    final Address owner = (Address) args.get(4);
    final int bits = ((UInt256) args.get(5)).intValue();
    if (name.isEmpty()) {
      throw ModuleCall.revert("EmptyName", "a dataset needs a name");
    }
    if (owner.isZero()) {
      throw ModuleCall.revert("ZeroOwner", "the owner may not be the zero address");
    }
    if (!call.params().attribution().allowsBits(bits)) {
      throw ModuleCall.revert("BitsOutOfBounds", "sketch size 2^" + bits + " bits is outside 2^"
          + call.params().attribution().minBits() + "..2^" + call.params().attribution().maxBits());
    }
    final long id = call.datasets().register(owner, call.caller(), name, uri, contentRoot, licence, bits,
        call.block());
    call.emit(DATASET_REGISTERED, UInt256.valueOf(id), owner, call.caller(), name);
    return REGISTER.encodeOutputs(UInt256.valueOf(id));
  }

  private Bytes uploadSketch(final ModuleCall call, final List<Object> args) {
    final Dataset dataset = registrantsOpen(call, id(args.get(0)));
    final Bytes chunk = (Bytes) args.get(1);
    if (chunk.isEmpty() || chunk.size() % 32 != 0) {
      throw ModuleCall.revert("MisalignedChunk", "a chunk is a non-zero multiple of 32 bytes, got " + chunk.size());
    }
    if (chunk.size() > call.params().maxChunkBytes()) {
      throw ModuleCall.revert("ChunkTooLarge", "a chunk is at most " + call.params().maxChunkBytes()
          + " bytes, got " + chunk.size());
    }
    final long total = dataset.sketchBytes();
    if (dataset.uploadedBytes() + chunk.size() > total) {
      throw ModuleCall.revert("SketchOverflow", "dataset " + dataset.id() + " has " + dataset.uploadedBytes()
          + " of " + total + " sketch bytes; " + chunk.size() + " more would pass the end");
    }
    call.datasets().appendSketch(dataset.id(), dataset.uploadedBytes(), chunk);
    call.emit(SKETCH_UPLOADED, UInt256.valueOf(dataset.id()), UInt256.valueOf(dataset.uploadedBytes()
        + chunk.size()), UInt256.valueOf(total));
    return Bytes.EMPTY;
  }

  private Bytes seal(final ModuleCall call, final List<Object> args) {
    final Dataset dataset = registrantsOpen(call, id(args.get(0)));
    final Bytes32 commitment = Bytes32.wrap((Bytes) args.get(1));
    final long shingles = AiAbi.uint64((UInt256) args.get(2));
    if (dataset.uploadedBytes() != dataset.sketchBytes()) {
      throw ModuleCall.revert("SketchIncomplete", "dataset " + dataset.id() + " has " + dataset.uploadedBytes()
          + " of " + dataset.sketchBytes() + " sketch bytes");
    }
    final Bytes bitArray = call.datasets().sketchBytes(dataset.id(), dataset.sketchBytes());
    final Bytes32 actual = Bytes32.wrap(Keccak256.digest(bitArray.toArrayUnsafe()));
    if (!actual.equals(commitment)) {
      throw ModuleCall.revert("CommitmentMismatch", "the uploaded sketch hashes to " + actual.toHexString()
          + ", not " + commitment.toHexString());
    }
    final SketchProblem problem = sketchOf(dataset.sketchBits(), bitArray, shingles, call.params())
        .check(call.params().attribution());
    if (problem != SketchProblem.NONE) {
      throw ModuleCall.revert("SketchRejected", problem.description());
    }
    call.datasets().seal(dataset.id(), commitment, shingles, call.block());
    call.emit(DATASET_SEALED, UInt256.valueOf(dataset.id()), commitment, UInt256.valueOf(call.block() + 1));
    return Bytes.EMPTY;
  }

  private Bytes transferOwnership(final ModuleCall call, final List<Object> args) {
    final Dataset dataset = ownersActive(call, id(args.get(0)));
    final Address newOwner = (Address) args.get(1);
    if (newOwner.isZero()) {
      throw ModuleCall.revert("ZeroOwner", "the owner may not be the zero address");
    }
    call.datasets().setOwner(dataset.id(), newOwner);
    call.emit(OWNERSHIP_TRANSFERRED, UInt256.valueOf(dataset.id()), dataset.owner(), newOwner);
    return Bytes.EMPTY;
  }

  private Bytes deactivate(final ModuleCall call, final List<Object> args) {
    final Dataset dataset = ownersActive(call, id(args.get(0)));
    call.datasets().deactivate(dataset.id(), call.block());
    call.emit(DATASET_DEACTIVATED, UInt256.valueOf(dataset.id()));
    return Bytes.EMPTY;
  }

  /** The sketch the uploaded bytes make, built with the protocol's n and k (what sealing checks). */
  static SealedSketch sketchOf(final int bits, final Bytes bitArray, final long shingles, final AiParams params) {
    final long[] words = new long[SealedSketch.wordCount(bits)];
    for (int i = 0; i < words.length; i++) {
      words[i] = bitArray.getLong(i * 8);
    }
    return new SealedSketch(bits, params.attribution().probes(), params.attribution().shingleWords(), shingles,
        words);
  }

  private static Dataset existing(final ModuleCall call, final long id) {
    return call.datasets().get(id).orElseThrow(
        () -> ModuleCall.revert("UnknownDataset", "dataset " + id + " is not registered"));
  }

  private static Dataset registrantsOpen(final ModuleCall call, final long id) {
    final Dataset dataset = existing(call, id);
    if (!dataset.registrant().equals(call.caller())) {
      throw ModuleCall.revert("NotRegistrant", "only " + dataset.registrant().toHexString()
          + " (who registered dataset " + id + ") may upload and seal its sketch");
    }
    if (dataset.sealed()) {
      throw ModuleCall.revert("AlreadySealed", "dataset " + id + " was sealed in block " + dataset.sealedAt());
    }
    if (!dataset.active()) {
      throw ModuleCall.revert("DatasetInactive", "dataset " + id + " is deactivated");
    }
    return dataset;
  }

  private static Dataset ownersActive(final ModuleCall call, final long id) {
    final Dataset dataset = existing(call, id);
    if (!dataset.owner().equals(call.caller())) {
      throw ModuleCall.revert("NotOwner", "only the owner " + dataset.owner().toHexString()
          + " may change dataset " + id);
    }
    if (!dataset.active()) {
      throw ModuleCall.revert("DatasetInactive", "dataset " + id + " is deactivated");
    }
    return dataset;
  }

  static long id(final Object arg) {
    return AiAbi.uint64((UInt256) arg);
  }

  private static String boundedString(final ModuleCall call, final String field, final String value) {
    final int length = value.getBytes(StandardCharsets.UTF_8).length;
    if (length > call.params().maxStringBytes()) {
      throw ModuleCall.revert("StringTooLong", field + " is " + length + " bytes, at most "
          + call.params().maxStringBytes() + " are allowed");
    }
    return value;
  }
}
