package io.tributary.core.transaction;

import io.tributary.core.encoding.FlatBytes;
import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;
import org.apache.tuweni.rlp.RLPWriter;

/**
 * Canonical encodings of transactions (EIP-2718): the network form, and the payload each type signs.
 *
 * <ul>
 *   <li>legacy: rlp([nonce, gasPrice, gas, to, value, data, v, r, s]); signs rlp of the first six, plus
 *       [chainId, 0, 0] under EIP-155
 *   <li>0x01: 0x01 || rlp([chainId, nonce, gasPrice, gas, to, value, data, accessList, yParity, r, s])
 *   <li>0x02: 0x02 || rlp([chainId, nonce, maxPriorityFee, maxFee, gas, to, value, data, accessList, yParity, r, s])
 *   <li>0x03: 0x03 || rlp([chainId, nonce, maxPriorityFee, maxFee, gas, to, value, data, accessList,
 *       maxFeePerBlobGas, blobVersionedHashes, yParity, r, s])
 * </ul>
 *
 * Signing payloads are the same without the three signature fields.
 */
public final class TransactionEncoder {
  private TransactionEncoder() {}

  public static Bytes encode(final Transaction tx) {
    final Bytes body = RLP.encodeList(w -> {
      writeFields(w, tx);
      w.writeBigInteger(tx.v());
      w.writeBigInteger(tx.signature().r());
      w.writeBigInteger(tx.signature().s());
    });
    return tx.type().isTyped() ? FlatBytes.concat(Bytes.of(tx.type().typeByte()), body) : FlatBytes.of(body);
  }

  /** The bytes whose keccak256 is signed. */
  public static Bytes signingPayload(final Transaction tx) {
    final Bytes body = RLP.encodeList(w -> {
      writeFields(w, tx);
      if (tx.type() == TransactionType.LEGACY && tx.chainId().isPresent()) {
        w.writeLong(tx.chainId().get());
        w.writeValue(Bytes.EMPTY);
        w.writeValue(Bytes.EMPTY);
      }
    });
    return tx.type().isTyped() ? FlatBytes.concat(Bytes.of(tx.type().typeByte()), body) : FlatBytes.of(body);
  }

  private static void writeFields(final RLPWriter w, final Transaction tx) {
    if (tx.type().isTyped()) {
      w.writeLong(tx.chainId().orElseThrow());
    }
    writeUnsignedLong(w, tx.nonce());
    if (tx.type().hasDynamicFees()) {
      w.writeUInt256(tx.maxPriorityFeePerGas().toUInt256());
      w.writeUInt256(tx.maxFeePerGas().toUInt256());
    } else {
      w.writeUInt256(tx.gasPrice().orElseThrow().toUInt256());
    }
    writeUnsignedLong(w, tx.gasLimit());
    w.writeValue(tx.to().map(a -> (Bytes) a).orElse(Bytes.EMPTY));
    w.writeUInt256(tx.value().toUInt256());
    w.writeValue(tx.data());
    if (tx.type().isTyped()) {
      w.writeList(list -> tx.accessList().forEach(entry -> list.writeList(e -> {
        e.writeValue(entry.address());
        e.writeList(keys -> entry.storageKeys().forEach(keys::writeValue));
      })));
    }
    if (tx.type() == TransactionType.BLOB) {
      w.writeUInt256(tx.maxFeePerBlobGas().orElseThrow().toUInt256());
      w.writeList(hashes -> tx.blobVersionedHashes().forEach(hashes::writeValue));
    }
  }

  private static void writeUnsignedLong(final RLPWriter w, final long value) {
    if (value >= 0) {
      w.writeLong(value);
    } else {
      w.writeBigInteger(new BigInteger(Long.toUnsignedString(value)));
    }
  }
}
