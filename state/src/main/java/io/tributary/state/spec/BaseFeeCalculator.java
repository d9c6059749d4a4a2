package io.tributary.state.spec;

import io.tributary.core.block.BlockHeader;
import io.tributary.core.types.Wei;
import java.math.BigInteger;

/**
 * EIP-1559's base fee: it moves towards keeping blocks half full, by at most 1/{@code changeDenominator} per block.
 * Integer arithmetic only, exactly as the EIP writes it, so every node derives the same fee from the parent header.
 *
 * @param elasticityMultiplier gas limit / gas target (2 on Ethereum)
 * @param changeDenominator bound on the per-block change (8 on Ethereum: at most 12.5%)
 * @param initialBaseFee the base fee of the first block that has one (the genesis block here)
 */
public record BaseFeeCalculator(long elasticityMultiplier, long changeDenominator, Wei initialBaseFee) {
  public static final BaseFeeCalculator LONDON = new BaseFeeCalculator(2, 8, Wei.of(1_000_000_000L));

  public BaseFeeCalculator {
    if (elasticityMultiplier < 1 || changeDenominator < 1) {
      throw new IllegalArgumentException("elasticity and change denominator must be positive");
    }
  }

  /** The base fee a child of {@code parent} must carry. */
  public Wei nextBaseFee(final BlockHeader parent) {
    final Wei parentFee = parent.baseFeePerGas().orElse(initialBaseFee);
    final long target = parent.gasLimit() / elasticityMultiplier;
    if (target == 0 || parent.gasUsed() == target) {
      return parentFee;
    }
    final BigInteger fee = parentFee.toBigInteger();
    if (parent.gasUsed() > target) {
      final BigInteger delta = fee.multiply(BigInteger.valueOf(parent.gasUsed() - target))
          .divide(BigInteger.valueOf(target)).divide(BigInteger.valueOf(changeDenominator)).max(BigInteger.ONE);
      return Wei.of(fee.add(delta));
    }
    final BigInteger delta = fee.multiply(BigInteger.valueOf(target - parent.gasUsed()))
        .divide(BigInteger.valueOf(target)).divide(BigInteger.valueOf(changeDenominator));
    return Wei.of(fee.subtract(delta));
  }
}
