package io.tributary.core.transaction;

import io.tributary.core.crypto.Signature;
import io.tributary.core.encoding.DecodingError;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.rlp.Rlp;
import io.tributary.core.rlp.RlpInput;
import java.math.BigInteger;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;

/**
 * Decodes transactions from their network form (see {@link TransactionEncoder}) or from a block body. Structural
 * problems are {@link DecodingException}s naming the field; semantic rules (chain id, signature range, intrinsic gas)
 * are {@link TransactionValidator}'s.
 */
public final class TransactionDecoder {
  private static final BigInteger V_27 = BigInteger.valueOf(27);
  private static final BigInteger V_35 = BigInteger.valueOf(35);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private TransactionDecoder() {}

  /**
   * The network form: rlp(list) for legacy, type || rlp(list) for EIP-2718 typed transactions. The result keeps
   * {@code encoded} as its encoding (a copy), so hashing it does not encode it again.
   */
  public static Transaction decode(final Bytes encoded) {
    if (encoded.isEmpty()) {
      throw new DecodingException(DecodingError.EMPTY_INPUT, "transaction");
    }
    final int first = encoded.get(0) & 0xff;
    if (first >= 0xc0) {
      return Rlp.decodeList(encoded, "transaction", TransactionDecoder::readLegacy).withEncoding(encoded);
    }
    if (first >= 0x80) {
      throw new DecodingException(DecodingError.EXPECTED_LIST, "transaction: a legacy transaction is an RLP list");
    }
    final TransactionType type = TransactionType.fromTypeByte(first).orElseThrow(() -> new DecodingException(
        DecodingError.UNSUPPORTED_TYPE, String.format("transaction type 0x%02x", first)));
    final Bytes body = encoded.slice(1);
    return Rlp.decodeList(body, type.name().toLowerCase(java.util.Locale.ROOT) + " transaction",
        in -> readTyped(type, in)).withEncoding(encoded);
  }

  /** One entry of a block body's transaction list: a legacy list, or a string wrapping a typed transaction. */
  public static Transaction readFromBody(final RlpInput in, final String field) {
    if (in.nextIsList()) {
      return in.readList(field, TransactionDecoder::readLegacy);
    }
    final Bytes typed = in.readBytes(field);
    if (typed.isEmpty() || (typed.get(0) & 0xff) >= 0x80) {
      throw in.error(DecodingError.UNSUPPORTED_TYPE, field, "a typed transaction starts with its type byte");
    }
    return decode(typed);
  }

  private static Transaction readLegacy(final RlpInput in) {
    final Transaction.Builder b = Transaction.builder().type(TransactionType.LEGACY)
        .nonce(in.readUInt64("nonce"))
        .gasPrice(in.readWei("gasPrice"))
        .gasLimit(in.readUInt64("gasLimit"))
        .to(in.readOptionalAddress("to"))
        .value(in.readWei("value"))
        .data(in.readBytes("data"));
    final BigInteger v = in.readScalar("v", 32);
    final BigInteger r = in.readScalar("r", 32);
    final BigInteger s = in.readScalar("s", 32);
    final byte recId;
    if (v.equals(V_27) || v.equals(V_27.add(BigInteger.ONE))) {
      recId = (byte) v.subtract(V_27).intValueExact();
    } else if (v.compareTo(V_35) >= 0) {
      final BigInteger chainId = v.subtract(V_35).shiftRight(1);
      if (chainId.compareTo(LONG_MAX) > 0) {
        throw in.error(DecodingError.INTEGER_TOO_LARGE, "v", "chain id " + chainId + " is out of range");
      }
      b.chainId(chainId.longValue());
      recId = (byte) (v.testBit(0) ? 0 : 1);
    } else {
      throw in.error(DecodingError.INVALID_SIGNATURE, "v", "must be 27, 28 or 35 + 2 * chainId + {0,1}, got " + v);
    }
    return b.legacyV(v).signature(new Signature(r, s, recId)).build();
  }

  private static Transaction readTyped(final TransactionType type, final RlpInput in) {
    final BigInteger chainId = in.readScalar("chainId", 32);
    if (chainId.compareTo(LONG_MAX) > 0) {
      throw in.error(DecodingError.INTEGER_TOO_LARGE, "chainId", chainId + " is out of range");
    }
    final Transaction.Builder b = Transaction.builder().type(type).chainId(chainId.longValue())
        .nonce(in.readUInt64("nonce"));
    if (type.hasDynamicFees()) {
      b.maxPriorityFeePerGas(in.readWei("maxPriorityFeePerGas")).maxFeePerGas(in.readWei("maxFeePerGas"));
    } else {
      b.gasPrice(in.readWei("gasPrice"));
    }
    b.gasLimit(in.readUInt64("gasLimit"));
    if (type == TransactionType.BLOB) {
      b.to(in.readAddress("to"));
    } else {
      b.to(in.readOptionalAddress("to"));
    }
    b.value(in.readWei("value")).data(in.readBytes("data")).accessList(readAccessList(in));
    if (type == TransactionType.BLOB) {
      b.maxFeePerBlobGas(in.readWei("maxFeePerBlobGas"));
      b.blobVersionedHashes(in.readListOf("blobVersionedHashes", item -> item.readHash("hash")));
    }
    final BigInteger yParity = in.readScalar("yParity", 1);
    if (yParity.compareTo(BigInteger.ONE) > 0) {
      throw in.error(DecodingError.INVALID_SIGNATURE, "yParity", "must be 0 or 1, got " + yParity);
    }
    final BigInteger r = in.readScalar("r", 32);
    final BigInteger s = in.readScalar("s", 32);
    return b.signature(new Signature(r, s, yParity.byteValue())).build();
  }

  private static List<AccessListEntry> readAccessList(final RlpInput in) {
    return in.readListOf("accessList", entry -> entry.readList("entry", e -> new AccessListEntry(
        e.readAddress("address"), e.readListOf("storageKeys", key -> key.readHash("key")))));
  }
}
