package io.tributary.rpc.results;

import io.tributary.core.block.BlockHeader;
import io.tributary.core.block.TransactionReceipt;
import io.tributary.core.crypto.Keccak256;
import io.tributary.core.encoding.FlatBytes;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.state.processing.TransactionFees;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.rlp.RLP;

/**
 * A receipt as geth prints it for {@code eth_getTransactionReceipt}. The stored receipt keeps only the cumulative gas,
 * so a transaction's own gas is the difference from the previous receipt's, and its logs are numbered from the count
 * of logs before it in the block.
 */
public record ReceiptResult(String blockHash, String blockNumber, String contractAddress, String cumulativeGasUsed,
    String effectiveGasPrice, String from, String gasUsed, List<LogResult> logs, String logsBloom, String status,
    String to, String transactionHash, String transactionIndex, String type) {

  /** The receipt of {@code block}'s transaction {@code index}; {@code receipts} are all the block's receipts. */
  public static ReceiptResult of(final BlockHeader block, final Transaction tx, final int index,
      final List<TransactionReceipt> receipts) {
    final TransactionReceipt receipt = receipts.get(index);
    final long previousCumulative = index == 0 ? 0 : receipts.get(index - 1).cumulativeGasUsed();
    int firstLogIndex = 0;
    for (int i = 0; i < index; i++) {
      firstLogIndex += receipts.get(i).logs().size();
    }
    final List<LogResult> logs = new ArrayList<>(receipt.logs().size());
    for (int l = 0; l < receipt.logs().size(); l++) {
      logs.add(LogResult.of(receipt.logs().get(l), block, tx.hash(), index, firstLogIndex + l));
    }
    final Address sender = tx.sender().orElse(null);
    final String created = tx.isContractCreation() && sender != null
        ? contractAddress(sender, tx.nonce()).toHexString() : null;
    return new ReceiptResult(block.hash().toHexString(), Quantities.of(block.number()), created,
        Quantities.of(receipt.cumulativeGasUsed()),
        TransactionFees.effectiveGasPrice(tx, block.baseFeePerGas().orElse(Wei.ZERO)).toShortHexString(),
        sender == null ? null : sender.toHexString(), Quantities.of(receipt.cumulativeGasUsed() - previousCumulative),
        logs, receipt.bloom().toBytes().toHexString(), receipt.success() ? "0x1" : "0x0",
        tx.to().map(Address::toHexString).orElse(null), tx.hash().toHexString(), Quantities.of(index),
        Quantities.of(tx.type().typeByte()));
  }

  /** Where a creation from {@code sender} at {@code nonce} puts the contract: keccak256(rlp([sender, nonce]))[12:]. */
  public static Address contractAddress(final Address sender, final long nonce) {
    return Address.wrap(Keccak256.hash(FlatBytes.of(RLP.encodeList(w -> {
      w.writeValue(sender);
      w.writeLong(nonce);
    }))).slice(12, Address.SIZE).copy());
  }
}
