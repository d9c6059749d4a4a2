package io.tributary.state.ai;

import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import org.apache.tuweni.bytes.Bytes32;

/**
 * A registered model or adapter as the ModelRegistry holds it.
 *
 * @param baseModel the model an adapter (e.g. a LoRA) was trained on; 0 for a base model
 * @param trainingDatasets the datasets this model itself was trained on, ascending
 * @param candidates the datasets its inferences are attributed against: its own and its lineage's, ascending
 * @param inferenceFee the least an inference must pay
 */
public record Model(long id, Address owner, long baseModel, String name, String metadataUri, Bytes32 weightsHash,
    long[] trainingDatasets, long[] candidates, Wei inferenceFee, FeeSplit split, long registeredAt,
    boolean active) {

  public boolean isAdapter() {
    return baseModel != 0;
  }
}
