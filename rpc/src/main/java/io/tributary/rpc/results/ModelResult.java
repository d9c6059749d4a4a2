package io.tributary.rpc.results;

import io.tributary.state.ai.AiReader;
import io.tributary.state.ai.FeeSplit;
import io.tributary.state.ai.Model;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A registered model or adapter as {@code ai_getModel} and {@code ai_listModels} answer it. {@code baseModel} is null
 * for a base model; {@code lineage} is the chain of base models from the one it adapts up to the root (empty for a
 * base model); {@code candidates} are the datasets its inferences are attributed against, its own and its lineage's.
 */
public record ModelResult(String id, String owner, String baseModel, List<String> lineage, String name,
    String metadataUri, String weightsHash, List<String> trainingDatasets, List<String> candidates,
    String inferenceFee, Split split, String registeredAt, boolean active) {

  /** How each inference fee is divided, in basis points of 10,000. */
  public record Split(String ownerBps, String lineageBps, String dataBps, String treasuryBps) {
    static Split of(final FeeSplit s) {
      return new Split(Quantities.of(s.ownerBps()), Quantities.of(s.lineageBps()), Quantities.of(s.dataBps()),
          Quantities.of(s.treasuryBps()));
    }
  }

  /** {@code m} with its lineage read through {@code reader} (the state it was read from). */
  public static ModelResult of(final Model m, final AiReader reader) {
    final List<Long> lineage = new ArrayList<>();
    long base = m.baseModel();
    // A base model is registered before its adapters, so the chain ends; the bound only guards a corrupt state.
    while (base != 0 && lineage.size() < reader.modelCount()) {
      lineage.add(base);
      base = reader.model(base).map(Model::baseModel).orElse(0L);
    }
    return new ModelResult(Quantities.of(m.id()), m.owner().toHexString(),
        m.isAdapter() ? Quantities.of(m.baseModel()) : null, lineage.stream().map(Quantities::of).toList(), m.name(),
        m.metadataUri(), m.weightsHash().toHexString(), ids(m.trainingDatasets()), ids(m.candidates()),
        m.inferenceFee().toShortHexString(), Split.of(m.split()), Quantities.of(m.registeredAt()), m.active());
  }

  static List<String> ids(final long[] ids) {
    return Arrays.stream(ids).mapToObj(Quantities::of).toList();
  }
}
