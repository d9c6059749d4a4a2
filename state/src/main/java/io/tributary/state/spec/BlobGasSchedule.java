package io.tributary.state.spec;

import io.tributary.core.types.Wei;
import java.math.BigInteger;

/**
 * EIP-4844 blob gas: each blob costs {@code gasPerBlob} blob gas, priced by a base fee that grows exponentially with
 * the block's excess blob gas. Blob fees are burnt. Only the ethereum/tests conformance spec carries blobs; Tributary's
 * specs have none and refuse blob transactions.
 */
public record BlobGasSchedule(long gasPerBlob, int maxBlobsPerTransaction, long minBaseFee, long updateFraction) {
  /** Cancun's parameters. */
  public static final BlobGasSchedule CANCUN = new BlobGasSchedule(131_072, 6, 1, 3_338_477);

  /** The blob gas {@code blobs} blobs use. */
  public long blobGas(final int blobs) {
    return gasPerBlob * blobs;
  }

  /** The price of one unit of blob gas: fake_exponential(minBaseFee, excessBlobGas, updateFraction). */
  public Wei baseFee(final long excessBlobGas) {
    return Wei.of(fakeExponential(BigInteger.valueOf(minBaseFee), new BigInteger(Long.toUnsignedString(excessBlobGas)),
        BigInteger.valueOf(updateFraction)));
  }

  /** factor * e^(numerator / denominator), approximated by its Taylor series in integers, exactly as EIP-4844 writes it. */
  static BigInteger fakeExponential(final BigInteger factor, final BigInteger numerator, final BigInteger denominator) {
    BigInteger output = BigInteger.ZERO;
    BigInteger accumulator = factor.multiply(denominator);
    for (int i = 1; accumulator.signum() > 0; i++) {
      output = output.add(accumulator);
      accumulator = accumulator.multiply(numerator).divide(denominator.multiply(BigInteger.valueOf(i)));
    }
    return output.divide(denominator);
  }
}
