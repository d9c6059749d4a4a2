package io.tributary.core.block;

import io.tributary.core.encoding.FlatBytes;
import io.tributary.core.encoding.DecodingError;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.rlp.Rlp;
import io.tributary.core.rlp.RlpInput;
import io.tributary.core.transaction.TransactionType;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;

/**
 * The outcome of one transaction: success, gas used by the block so far, logs and their bloom. Encoded as
 * rlp([status, cumulativeGasUsed, bloom, logs]), behind the transaction's type byte for typed transactions (EIP-2718),
 * which is also its form in the receipts trie. Tributary starts after Byzantium, so status replaces the state root.
 */
public record TransactionReceipt(TransactionType type, boolean success, long cumulativeGasUsed, LogsBloom bloom,
    List<Log> logs) {
  public TransactionReceipt {
    logs = List.copyOf(logs);
  }

  /** A receipt whose bloom is computed from its logs. */
  public static TransactionReceipt of(final TransactionType type, final boolean success, final long cumulativeGasUsed,
      final List<Log> logs) {
    return new TransactionReceipt(type, success, cumulativeGasUsed, LogsBloom.of(logs), logs);
  }

  public Bytes encoded() {
    final Bytes body = RLP.encodeList(w -> {
      w.writeValue(success ? Bytes.of(1) : Bytes.EMPTY);
      w.writeLong(cumulativeGasUsed);
      w.writeValue(bloom.toBytes());
      w.writeList(l -> logs.forEach(log -> log.writeTo(l)));
    });
    return type.isTyped() ? FlatBytes.concat(Bytes.of(type.typeByte()), body) : FlatBytes.of(body);
  }

  public static TransactionReceipt decode(final Bytes encoded) {
    if (encoded.isEmpty()) {
      throw new DecodingException(DecodingError.EMPTY_INPUT, "receipt");
    }
    final int first = encoded.get(0) & 0xff;
    if (first >= 0xc0) {
      return Rlp.decodeList(encoded, "receipt", in -> read(TransactionType.LEGACY, in));
    }
    final TransactionType type = TransactionType.fromTypeByte(first).orElseThrow(() -> new DecodingException(
        DecodingError.UNSUPPORTED_TYPE, String.format("receipt type 0x%02x", first)));
    return Rlp.decodeList(encoded.slice(1), "receipt", in -> read(type, in));
  }

  private static TransactionReceipt read(final TransactionType type, final RlpInput in) {
    final Bytes status = in.readBytes("status");
    if (status.size() > 1 || (status.size() == 1 && status.get(0) != 1)) {
      throw in.error(DecodingError.INVALID_VALUE, "status", "must be empty (failure) or 0x01 (success)");
    }
    final long cumulativeGasUsed = in.readUInt64("cumulativeGasUsed");
    final LogsBloom bloom = LogsBloom.wrap(in.readFixed("bloom", LogsBloom.BYTES));
    final List<Log> logs = in.readListOf("logs", l -> Log.readFrom(l, "log"));
    return new TransactionReceipt(type, status.size() == 1, cumulativeGasUsed, bloom, logs);
  }
}
