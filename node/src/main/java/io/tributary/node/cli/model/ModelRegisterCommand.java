package io.tributary.node.cli.model;

import io.tributary.core.types.Wei;
import io.tributary.node.cli.chain.AbiValues;
import io.tributary.node.cli.chain.ModuleCallFailed;
import io.tributary.node.cli.chain.ModuleCallSender;
import io.tributary.node.cli.chain.ModuleCommand;
import io.tributary.node.cli.chain.SentCall;
import io.tributary.state.ai.AiAddresses;
import io.tributary.state.ai.ModelRegistryModule;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tributary model register}: a base model, or with --base an adapter; prints the model id. */
@Command(name = "register", mixinStandardHelpOptions = true,
    description = {"Register a model (or, with --base, an adapter of one) trained on sealed datasets; prints its id.",
        "Each inference recorded for it pays at least --fee wei, divided by --split (contracts/README.md, "
            + "'How a fee is split'). Genesis bounds: data >= 2000 bps, treasury 100..2000, lineage <= 3000 "
            + "(0 for a base model)."})
public final class ModelRegisterCommand extends ModuleCommand {
  @Option(names = "--name", required = true, paramLabel = "NAME", description = "the model's name")
  String name;

  @Option(names = "--datasets", required = true, split = ",", paramLabel = "ID",
      description = "the sealed training datasets, e.g. 1,2")
  List<Long> datasets;

  @Option(names = "--fee", required = true, paramLabel = "WEI", description = "the least fee per inference, in wei")
  BigInteger fee;

  @Option(names = "--split", required = true, split = ",", paramLabel = "BPS",
      description = "owner,lineage,data,treasury in basis points summing to 10000, e.g. 5000,0,4000,1000")
  List<Integer> split;

  @Option(names = "--base", paramLabel = "MODEL_ID", description = "register an adapter of this base model")
  Long base;

  @Option(names = "--uri", paramLabel = "URI", defaultValue = "", description = "where the model's metadata lives")
  String uri;

  @Option(names = "--weights-hash", paramLabel = "0xHASH", description = "a 32-byte hash of the weights (default zero)")
  String weightsHash;

  @Override
  protected int run(final ModuleCallSender sender, final PrintWriter out) throws ModuleCallFailed {
    if (split.size() != 4 || split.stream().anyMatch(b -> b < 0 || b > 10_000)) {
      throw new IllegalArgumentException("--split takes four basis points: owner,lineage,data,treasury");
    }
    if (fee.signum() < 0 || fee.bitLength() > 256) {
      throw new IllegalArgumentException("--fee must be a uint256 amount of wei");
    }
    final Bytes32 weights;
    try {
      weights = weightsHash == null ? Bytes32.ZERO : Bytes32.fromHexString(weightsHash);
    } catch (final RuntimeException e) {
      throw new IllegalArgumentException("--weights-hash must be 32 bytes hex");
    }
    final List<Object> ids = new ArrayList<>();
    datasets.forEach(d -> ids.add(AbiValues.uint64(d)));
    final List<Object> splitTuple = new ArrayList<>();
    split.forEach(b -> splitTuple.add(UInt256.valueOf(b)));
    final Bytes data = base == null
        ? ModelRegistryModule.REGISTER_MODEL.encodeCall(name, uri, weights, ids, AbiValues.uint(fee), splitTuple)
        : ModelRegistryModule.REGISTER_ADAPTER.encodeCall(AbiValues.uint64(base), name, uri, weights, ids,
            AbiValues.uint(fee), splitTuple);
    final SentCall sent = sender.send(AiAddresses.MODEL_REGISTRY, Wei.ZERO, data);
    final long id = sent.first("ModelRegistered").orElseThrow(() -> new ModuleCallFailed(
        "the registration was mined without a ModelRegistered event")).uint("modelId").longValueExact();
    out.println("model id: " + id);
    return 0;
  }
}
