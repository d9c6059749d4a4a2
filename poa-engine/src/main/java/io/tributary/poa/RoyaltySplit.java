package io.tributary.poa;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The integer royalty split of SPEC.md section 5. Datasets with fewer than minHits hits are dropped; each remaining
 * dataset d receives floor(dataShare * hits(d) / H) where H is the sum of remaining hits, and the treasury receives
 * what the floors leave (or everything when H = 0). Basis points are floor(10000 * hits(d) / H), for display only.
 */
public final class RoyaltySplit {
  private static final BigInteger BASIS_POINTS = BigInteger.valueOf(10_000);

  /** One dataset's share. */
  public record Share(long datasetId, int hits, boolean eligible, int basisPoints, BigInteger amount) {}

  private final List<Share> shares;
  private final BigInteger treasury;

  private RoyaltySplit(final List<Share> shares, final BigInteger treasury) {
    this.shares = List.copyOf(shares);
    this.treasury = treasury;
  }

  /** Splits dataShare over datasetIds[i] with hits[i], in the given order. */
  public static RoyaltySplit of(
      final BigInteger dataShare, final long[] datasetIds, final int[] hits, final int minHits) {
    if (dataShare.signum() < 0) {
      throw new IllegalArgumentException("negative data share");
    }
    if (datasetIds.length != hits.length) {
      throw new IllegalArgumentException(datasetIds.length + " datasets but " + hits.length + " hit counts");
    }
    long total = 0;
    for (final int h : hits) {
      if (h < 0) {
        throw new IllegalArgumentException("negative hits");
      }
      if (h >= minHits) {
        total += h;
      }
    }
    final List<Share> shares = new ArrayList<>();
    BigInteger paid = BigInteger.ZERO;
    final BigInteger denominator = BigInteger.valueOf(total);
    for (int i = 0; i < hits.length; i++) {
      final boolean eligible = hits[i] >= minHits;
      BigInteger amount = BigInteger.ZERO;
      int basisPoints = 0;
      if (eligible) {
        final BigInteger numerator = BigInteger.valueOf(hits[i]);
        amount = dataShare.multiply(numerator).divide(denominator);
        basisPoints = BASIS_POINTS.multiply(numerator).divide(denominator).intValueExact();
        paid = paid.add(amount);
      }
      shares.add(new Share(datasetIds[i], hits[i], eligible, basisPoints, amount));
    }
    return new RoyaltySplit(shares, dataShare.subtract(paid));
  }

  public List<Share> shares() {
    return shares;
  }

  /** The remainder of the integer divisions, or the whole share when no dataset is eligible. */
  public BigInteger treasury() {
    return treasury;
  }
}
