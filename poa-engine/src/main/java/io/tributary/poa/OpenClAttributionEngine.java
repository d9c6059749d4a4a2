package io.tributary.poa;

import com.aparapi.Range;
import com.aparapi.device.Device;
import com.aparapi.device.OpenCLDevice;
import com.aparapi.internal.kernel.KernelManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Every (inference, dataset) pair of a block in one Aparapi kernel launch on an OpenCL device. The filters of the last
 * batch stay on the device: a block whose candidates are the same sealed sketches (immutable by definition) does not
 * upload them again. If Aparapi does not run the kernel on the OpenCL device it throws
 * {@link OpenClUnavailableException} rather than returning Java-thread-pool results under an OpenCL name.
 */
public final class OpenClAttributionEngine implements AttributionEngine {
  private static final int GROUP = 64;
  private final Device device;
  private final AttributionKernel kernel = new AttributionKernel();
  private List<SealedSketch> residentDatasets = List.of();

  public OpenClAttributionEngine(final OpenCLDevice device) {
    this((Device) device);
  }

  /** Any Aparapi device; a non-OpenCL one makes every launch fail, which tests use to prove the fallback check. */
  OpenClAttributionEngine(final Device device) {
    this.device = device;
    kernel.setExplicit(true);
  }

  /** The engine on the best OpenCL device, or {@link OpenClUnavailableException} when there is none. */
  public static OpenClAttributionEngine onBestDevice() {
    return new OpenClAttributionEngine(OpenClDevices.best()
        .orElseThrow(() -> new OpenClUnavailableException("no OpenCL device found")));
  }

  @Override
  public String name() {
    return "opencl";
  }

  @Override
  public String device() {
    return device instanceof OpenCLDevice cl ? "OpenCL " + OpenClDevices.describe(cl)
        : "not OpenCL: " + device.getShortDescription();
  }

  /** Whether the last launch ran on the OpenCL device (Aparapi's own view, not inferred from results). */
  public synchronized boolean lastRunWasOpenCl() {
    return kernel.isRunningCL() && kernel.getTargetDevice() instanceof OpenCLDevice;
  }

  @Override
  public synchronized AttributionResult attribute(
      final AttributionParams params, final AttributionBatch batch, final SketchSource sketches) {
    final PreparedBatch prepared = PreparedBatch.prepare(params, batch, sketches);
    final int pairs = prepared.pairCount();
    if (pairs == 0) {
      return prepared.result(new int[0]);
    }
    uploadFilters(prepared.datasets);
    kernel.shingles = nonEmpty(prepared.shingles);
    kernel.shingleStart = prepared.shingleStart;
    kernel.pairInference = prepared.pairInference;
    kernel.pairDataset = prepared.pairDataset;
    kernel.pairOrder = datasetMajorOrder(prepared.pairDataset, prepared.datasets.size());
    kernel.hits = new int[pairs];
    kernel.pairCount = pairs;
    kernel.probes = params.probes();
    kernel.put(kernel.shingles).put(kernel.shingleStart).put(kernel.pairInference).put(kernel.pairDataset)
        .put(kernel.pairOrder);
    final int global = (pairs + GROUP - 1) / GROUP * GROUP;
    // Aparapi picks the device from its KernelManager's preferences per kernel class, not from the Range: pin ours,
    // under a class-wide lock so that two engines on different devices cannot swap each other's preference
    synchronized (AttributionKernel.class) {
      KernelManager.instance().setPreferredDevices(kernel, new LinkedHashSet<>(List.of(device)));
      try {
        kernel.execute(Range.create(device, global, GROUP));
      } catch (RuntimeException | LinkageError e) {
        throw new OpenClUnavailableException("kernel launch failed on " + device(), e);
      }
    }
    if (!lastRunWasOpenCl() || kernel.getTargetDevice() != device) {
      throw new OpenClUnavailableException("Aparapi ran the kernel on " + kernel.getTargetDevice()
          + " (not OpenCL) instead of " + device());
    }
    kernel.get(kernel.hits);
    return prepared.result(kernel.hits);
  }

  /** Pair indices grouped by dataset (a counting sort, stable in pair order). */
  static int[] datasetMajorOrder(final int[] pairDataset, final int datasetCount) {
    final int[] start = new int[datasetCount + 1];
    for (final int d : pairDataset) {
      start[d + 1]++;
    }
    for (int d = 0; d < datasetCount; d++) {
      start[d + 1] += start[d];
    }
    final int[] order = new int[pairDataset.length];
    for (int p = 0; p < pairDataset.length; p++) {
      order[start[pairDataset[p]]++] = p;
    }
    return order;
  }

  private void uploadFilters(final List<SealedSketch> datasets) {
    if (sameSketches(datasets)) {
      return;
    }
    long total = 0;
    for (final SealedSketch sketch : datasets) {
      total += sketch.words().length;
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("the block's filters exceed one OpenCL buffer (" + total + " words)");
    }
    final long[] filters = new long[(int) total];
    final int[] start = new int[datasets.size()];
    final int[] bits = new int[datasets.size()];
    int offset = 0;
    for (int d = 0; d < datasets.size(); d++) {
      final long[] words = datasets.get(d).words();
      System.arraycopy(words, 0, filters, offset, words.length);
      start[d] = offset;
      bits[d] = datasets.get(d).bits();
      offset += words.length;
    }
    kernel.filters = filters;
    kernel.filterStart = start;
    kernel.filterBits = bits;
    kernel.put(filters).put(start).put(bits);
    residentDatasets = new ArrayList<>(datasets);
  }

  private boolean sameSketches(final List<SealedSketch> datasets) {
    if (datasets.size() != residentDatasets.size()) {
      return false;
    }
    for (int d = 0; d < datasets.size(); d++) {
      if (datasets.get(d) != residentDatasets.get(d)) {
        return false;
      }
    }
    return true;
  }

  private static long[] nonEmpty(final long[] array) {
    return array.length == 0 ? new long[1] : array;
  }

  @Override
  public synchronized void close() {
    kernel.dispose();
  }
}
