package io.tributary.poa;

import com.aparapi.Kernel;

/**
 * The OpenCL kernel: one work-item per (inference, dataset) pair of a block, integer-only and on flat primitive arrays
 * because Aparapi translates this bytecode to OpenCL C. It avoids {@code >>>} on longs (arithmetic shift then mask
 * gives the same bits) and {@code break} (a flag ends the probe loop), both of which Aparapi translates unreliably.
 * Its arithmetic is exactly {@link BloomProbes#contains}.
 */
final class AttributionKernel extends Kernel {
  long[] shingles = new long[1];
  int[] shingleStart = new int[2];
  long[] filters = new long[1];
  int[] filterStart = new int[1];
  int[] filterBits = new int[1];
  int[] pairInference = new int[1];
  int[] pairDataset = new int[1];
  int[] pairOrder = new int[1];
  int[] hits = new int[1];
  int pairCount;
  int probes;

  @Override
  public void run() {
    final int g = getGlobalId();
    if (g < pairCount) {
      // neighbouring work-items take pairs of the same dataset, so they share one filter in cache
      final int p = pairOrder[g];
      final int inference = pairInference[p];
      final int dataset = pairDataset[p];
      final int base = filterStart[dataset];
      final long mask = (1L << filterBits[dataset]) - 1L;
      final int end = shingleStart[inference + 1];
      int count = 0;
      for (int s = shingleStart[inference]; s < end; s++) {
        final long shingle = shingles[s];
        final long h1 = shingle & 0xFFFFFFFFL;
        final long h2 = ((shingle >> 32) & 0xFFFFFFFFL) | 1L;
        int present = 1;
        for (int j = 0; j < probes && present == 1; j++) {
          final long position = (h1 + j * h2) & mask;
          final long word = filters[base + (int) (position >> 6)];
          if (((word >> (int) (position & 63L)) & 1L) == 0L) {
            present = 0;
          }
        }
        count += present;
      }
      hits[p] = count;
    }
  }
}
