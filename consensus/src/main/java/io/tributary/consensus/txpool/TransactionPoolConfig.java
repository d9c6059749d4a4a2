package io.tributary.consensus.txpool;

/**
 * Limits of the transaction pool.
 *
 * @param maxTransactions transactions held in all; beyond it the cheapest is evicted or the newcomer refused
 * @param maxPerSender transactions one sender may have pooled (and how far ahead of its nonce it may reach)
 * @param maxTransactionBytes largest encoded transaction accepted (geth's 128 KiB)
 * @param priceBumpPercent how much more a replacement must offer, on both fee cap and tip
 */
public record TransactionPoolConfig(int maxTransactions, int maxPerSender, int maxTransactionBytes,
    int priceBumpPercent) {
  public static final TransactionPoolConfig DEFAULT = new TransactionPoolConfig(50_000, 1_000, 128 * 1024, 10);

  public TransactionPoolConfig {
    if (maxTransactions < 1 || maxPerSender < 1 || maxTransactionBytes < 1 || priceBumpPercent < 0) {
      throw new IllegalArgumentException("transaction pool limits must be positive");
    }
  }
}
