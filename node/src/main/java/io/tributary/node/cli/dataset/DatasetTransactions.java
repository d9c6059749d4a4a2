package io.tributary.node.cli.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.node.cli.chain.AbiValues;
import io.tributary.node.cli.chain.JsonRpcClient;
import io.tributary.node.cli.chain.ModuleCallFailed;
import io.tributary.node.cli.chain.ModuleCallSender;
import io.tributary.node.cli.chain.SentCall;
import io.tributary.poa.SealedSketch;
import io.tributary.state.ai.AiAddresses;
import io.tributary.state.ai.DatasetRegistryModule;
import java.io.PrintWriter;
import java.util.Locale;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * The three steps of publishing a dataset's sketch to the DatasetRegistry (contracts/README.md): register with the
 * sketch's b, upload its bit array in chunks from where the chain says the upload stands, seal with its commitment.
 * Shared by the register, upload and seal commands and by publish, which runs all three.
 */
final class DatasetTransactions {
  /** The module's largest chunk (AiParams.maxChunkBytes at genesis). */
  static final int MAX_CHUNK_BYTES = 64 * 1024;

  private final ModuleCallSender sender;

  DatasetTransactions(final ModuleCallSender sender) {
    this.sender = sender;
  }

  /** Registers a dataset sized for {@code sketch}; its id, from the DatasetRegistered event. */
  long register(final SealedSketch sketch, final String name, final String uri, final Bytes32 contentRoot,
      final String licence, final Address owner) throws ModuleCallFailed {
    final SentCall sent = sender.send(AiAddresses.DATASET_REGISTRY, Wei.ZERO, DatasetRegistryModule.REGISTER
        .encodeCall(name, uri, contentRoot, licence, owner, UInt256.valueOf(sketch.bits())));
    return sent.first("DatasetRegistered").orElseThrow(() -> new ModuleCallFailed(
        "the registration was mined without a DatasetRegistered event")).uint("datasetId").longValueExact();
  }

  /** Uploads the chunks the chain does not have yet, in order, printing progress to {@code progress}. */
  void upload(final long id, final SealedSketch sketch, final int chunkBytes, final PrintWriter progress)
      throws ModuleCallFailed {
    if (chunkBytes < 32 || chunkBytes > MAX_CHUNK_BYTES || chunkBytes % 32 != 0) {
      throw new IllegalArgumentException("--chunk-bytes must be a multiple of 32 in [32, " + MAX_CHUNK_BYTES + "]");
    }
    // a chunk appends at the chain's uploadedBytes: resuming while an earlier chunk is still pending would send it
    // twice and misplace the rest, so first let the signer's pending transactions be mined
    sender.awaitNoPending();
    final JsonNode dataset = openDataset(id, sketch);
    final Bytes bits = Bytes.wrap(sketch.bitArrayBytes());
    long uploaded = JsonRpcClient.quantity(dataset.get("uploadedBytes")).longValueExact();
    if (uploaded == bits.size()) {
      progress.printf(Locale.ROOT, "dataset %d has all %,d sketch bytes; nothing to upload%n", id, bits.size());
    } else if (uploaded > 0) {
      progress.printf(Locale.ROOT, "dataset %d already has %,d of %,d sketch bytes; resuming%n", id, uploaded,
          bits.size());
    }
    while (uploaded < bits.size()) {
      final int size = (int) Math.min(chunkBytes, bits.size() - uploaded);
      sender.send(AiAddresses.DATASET_REGISTRY, Wei.ZERO, DatasetRegistryModule.UPLOAD_SKETCH.encodeCall(
          AbiValues.uint64(id), bits.slice((int) uploaded, size)));
      uploaded += size;
      progress.printf(Locale.ROOT, "uploaded %,d of %,d bytes (%d%%)%n", uploaded, bits.size(),
          uploaded * 100 / bits.size());
      progress.flush();
    }
  }

  /** Seals the dataset with the sketch's commitment and shingle count; the block it is attributable from. */
  long seal(final long id, final SealedSketch sketch) throws ModuleCallFailed {
    openDataset(id, sketch);
    final SentCall sent = sender.send(AiAddresses.DATASET_REGISTRY, Wei.ZERO, DatasetRegistryModule.SEAL.encodeCall(
        AbiValues.uint64(id), sketch.commitment(), AbiValues.uint64(sketch.shingleCount())));
    return sent.first("DatasetSealed").orElseThrow(() -> new ModuleCallFailed(
        "the seal was mined without a DatasetSealed event")).uint("attributableFrom").longValueExact();
  }

  /** The dataset as ai_getDataset answers it, checked to be unsealed and sized for {@code sketch}. */
  private JsonNode openDataset(final long id, final SealedSketch sketch) throws ModuleCallFailed {
    final JsonNode dataset = sender.rpc().call("ai_getDataset", JsonRpcClient.quantity(id));
    if (dataset == null || dataset.isNull()) {
      throw new ModuleCallFailed("dataset " + id + " is not registered");
    }
    if (dataset.path("sealed").asBoolean()) {
      throw new ModuleCallFailed("dataset " + id + " is already sealed");
    }
    final long bits = JsonRpcClient.quantity(dataset.get("sketchBits")).longValueExact();
    if (bits != sketch.bits()) {
      throw new ModuleCallFailed("dataset " + id + " was registered for a 2^" + bits + "-bit sketch; this sketch has"
          + " 2^" + sketch.bits() + " bits");
    }
    return dataset;
  }
}
