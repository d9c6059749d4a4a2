package io.tributary.state.ai;

import io.tributary.vm.EvmWorld;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes32;

/**
 * The datasets an inference of a model is attributed against in a given block: the model's candidates (its own and
 * its lineage's training datasets) that are attributable then, i.e. sealed in an earlier block and not deactivated in
 * an earlier block. That depends only on the state before the block, so a validator's pre-check of a whole block and
 * the execution of each transaction see the same set.
 */
record AttributionCandidates(long[] ids, Bytes32[] commitments, AttributionService.SketchLoader loader) {

  static AttributionCandidates of(final EvmWorld world, final AiParams params, final long[] modelCandidates,
      final long block) {
    final DatasetStore datasets = new DatasetStore(ModuleStorage.reader(world, AiAddresses.DATASET_REGISTRY));
    final List<Long> ids = new ArrayList<>();
    final List<Bytes32> commitments = new ArrayList<>();
    for (final long id : modelCandidates) {
      if (datasets.sealedAtIfAttributable(id, block).isPresent()) {
        ids.add(id);
        commitments.add(datasets.commitment(id));
      }
    }
    final AttributionService.SketchLoader loader = id -> {
      final Dataset dataset = datasets.get(id).orElseThrow();
      return DatasetRegistryModule.sketchOf(dataset.sketchBits(), datasets.sketchBytes(id, dataset.sketchBytes()),
          dataset.shingleCount(), params);
    };
    return new AttributionCandidates(ids.stream().mapToLong(Long::longValue).toArray(),
        commitments.toArray(Bytes32[]::new), loader);
  }

  boolean contains(final long id) {
    for (final long candidate : ids) {
      if (candidate == id) {
        return true;
      }
    }
    return false;
  }

  AttributionService.Job job(final long[] words) {
    return new AttributionService.Job(words, ids, commitments, loader);
  }

  /** The claims the computation supports: every candidate with at least one hit, ascending. */
  List<Claim> claims(final int[] hits) {
    final List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      if (hits[i] > 0) {
        claims.add(new Claim(ids[i], hits[i]));
      }
    }
    return claims;
  }
}
