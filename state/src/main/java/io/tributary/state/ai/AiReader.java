package io.tributary.state.ai;

import io.tributary.core.types.Address;
import io.tributary.vm.EvmWorld;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the AI modules' records from a state (JSON-RPC's ai_ namespace, the CLI, export); charges nothing. */
public final class AiReader {
  private final DatasetStore datasets;
  private final ModelStore models;
  private final InferenceStore inferences;

  public AiReader(final EvmWorld world) {
    this.datasets = new DatasetStore(ModuleStorage.reader(world, AiAddresses.DATASET_REGISTRY));
    this.models = new ModelStore(ModuleStorage.reader(world, AiAddresses.MODEL_REGISTRY));
    this.inferences = new InferenceStore(ModuleStorage.reader(world, AiAddresses.ATTRIBUTION));
  }

  public long datasetCount() {
    return datasets.count();
  }

  public Optional<Dataset> dataset(final long id) {
    return datasets.get(id);
  }

  /** Up to {@code limit} datasets with ids from {@code firstId} on, ascending. */
  public List<Dataset> datasets(final long firstId, final int limit) {
    final List<Dataset> page = new ArrayList<>();
    for (long id = Math.max(1, firstId); id <= datasets.count() && page.size() < limit; id++) {
      datasets.get(id).ifPresent(page::add);
    }
    return page;
  }

  public long modelCount() {
    return models.count();
  }

  public Optional<Model> model(final long id) {
    return models.get(id);
  }

  public List<Model> models(final long firstId, final int limit) {
    final List<Model> page = new ArrayList<>();
    for (long id = Math.max(1, firstId); id <= models.count() && page.size() < limit; id++) {
      models.get(id).ifPresent(page::add);
    }
    return page;
  }

  public long inferenceCount() {
    return inferences.count();
  }

  public Optional<InferenceRecord> inference(final long id) {
    return inferences.get(id);
  }

  /** What {@code account} has earned from inferences: as a dataset, model or base-model owner. */
  public Royalties royalties(final Address account) {
    return inferences.royalties(account);
  }
}
