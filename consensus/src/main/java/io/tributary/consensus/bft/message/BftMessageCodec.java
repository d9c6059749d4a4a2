package io.tributary.consensus.bft.message;

import io.tributary.consensus.bft.payload.BftPayload;
import io.tributary.consensus.bft.payload.Commit;
import io.tributary.consensus.bft.payload.MessageType;
import io.tributary.core.block.BftExtraData;
import io.tributary.core.crypto.Keccak256;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.Signature;
import io.tributary.core.crypto.SignatureAlgorithm;
import io.tributary.core.encoding.DecodingError;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.encoding.FlatBytes;
import io.tributary.core.rlp.Rlp;
import io.tributary.core.rlp.RlpItem;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;

/**
 * Signs and strictly decodes BFT messages of one chain.
 *
 * <p>Sign bytes (chain-bound, as CometBFT's VoteSignBytes): {@code keccak256("tributary-bft" || chainId as 8 bytes
 * big-endian || type byte || rlp(payload))}. Wire form: {@code rlp([type, payload, signature(65 bytes r||s||recId)])}
 * with the payload's RLP list inline. Decoding refuses anything malformed (unknown type, non-canonical RLP, a
 * high-s or unrecoverable signature, a commit whose seal was not made by the message's author) with a
 * {@link DecodingException}; it never throws anything else.
 */
public final class BftMessageCodec {
  private static final Bytes DOMAIN = Bytes.wrap("tributary-bft".getBytes(StandardCharsets.US_ASCII));

  /** A proposal carries a whole block; nothing larger than this is decoded at all. */
  public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

  private final long chainId;
  private final SignatureAlgorithm signatures;

  public BftMessageCodec(final long chainId, final SignatureAlgorithm signatures) {
    this.chainId = chainId;
    this.signatures = signatures;
  }

  public long chainId() {
    return chainId;
  }

  public SignatureAlgorithm signatures() {
    return signatures;
  }

  /** The hash a validator signs for {@code payload} on this chain. */
  public Hash signHash(final BftPayload payload) {
    return signHash(payload.type(), payload.encoded());
  }

  private Hash signHash(final MessageType type, final Bytes payloadRlp) {
    return Keccak256.hash(FlatBytes.concat(DOMAIN, Bytes.ofUnsignedLong(chainId), Bytes.of(type.code()), payloadRlp));
  }

  /** Signs {@code payload} with {@code key}. */
  public BftMessage sign(final BftPayload payload, final KeyPair key) {
    final Bytes payloadRlp = payload.encoded();
    final Signature signature = signatures.sign(signHash(payload.type(), payloadRlp), key);
    return new BftMessage(payload, signature, key.address(), encode(payload.type(), payloadRlp, signature));
  }

  /** A commit for {@code blockHash} with {@code key}'s commit seal (for {@link Hash#ZERO}, a commit for nil). */
  public Commit commit(final long height, final int round, final Hash blockHash, final KeyPair key) {
    if (blockHash.equals(Hash.ZERO)) {
      return Commit.nil(height, round);
    }
    return new Commit(height, round, blockHash, Optional.of(signatures.sign(BftExtraData.commitSealHash(blockHash),
        key)));
  }

  /** The wire form of an already-signed payload (tests build forged messages with it). */
  public static Bytes encode(final MessageType type, final Bytes payloadRlp, final Signature signature) {
    return FlatBytes.of(RLP.encodeList(w -> {
      w.writeInt(type.code());
      w.writeRLP(payloadRlp);
      w.writeValue(signature.encoded());
    }));
  }

  /** Decodes and authenticates a message; the author is recovered here, once. Bad bytes: DecodingException only. */
  public BftMessage decode(final Bytes encoded) {
    try {
      return decodeStrictly(encoded);
    } catch (final DecodingException e) {
      throw e;
    } catch (final RuntimeException e) {
      // Belt and braces: whatever a malformed block or signature makes a library throw is still just bad input.
      throw new DecodingException(DecodingError.INVALID_VALUE, "bft message: " + e, e);
    }
  }

  private BftMessage decodeStrictly(final Bytes encoded) {
    if (encoded.size() > MAX_MESSAGE_BYTES) {
      throw new DecodingException(DecodingError.INVALID_VALUE, "bft message: " + encoded.size()
          + " bytes, at most " + MAX_MESSAGE_BYTES);
    }
    final RlpItem item = Rlp.decodeItem(encoded);
    if (!(item instanceof RlpItem.ListItem envelope)) {
      throw new DecodingException(DecodingError.EXPECTED_LIST, "bft message: top-level item is a string");
    }
    if (envelope.items().size() != 3) {
      throw new DecodingException(DecodingError.WRONG_FIELD_COUNT, "bft message: expected [type, payload,"
          + " signature], got " + envelope.items().size() + " items");
    }
    final MessageType type = readType(envelope.items().get(0));
    if (!(envelope.items().get(1) instanceof RlpItem.ListItem payloadItem)) {
      throw new DecodingException(DecodingError.EXPECTED_LIST, "bft message.payload: found a string");
    }
    if (!(envelope.items().get(2) instanceof RlpItem.StringItem signatureItem)) {
      throw new DecodingException(DecodingError.EXPECTED_STRING, "bft message.signature: found a list");
    }
    // Strict decoding accepted only canonical RLP, so re-encoding the item gives back the very bytes that were signed.
    final Bytes payloadRlp = payloadItem.encode();
    final BftPayload payload = BftPayload.decode(type, payloadRlp);
    final Signature signature = readSignature(signatureItem.value(), "bft message.signature");
    final Address author = signatures.recoverPublicKey(signHash(type, payloadRlp), signature)
        .map(Address::fromPublicKey).orElseThrow(() -> new DecodingException(DecodingError.INVALID_SIGNATURE,
            "bft message.signature: no public key recovers"));
    if (payload instanceof Commit commit && commit.commitSeal().isPresent()) {
      final Optional<Address> sealer = signatures.recoverPublicKey(BftExtraData.commitSealHash(commit.blockHash()),
          commit.commitSeal().get()).map(Address::fromPublicKey);
      if (!sealer.map(author::equals).orElse(false)) {
        throw new DecodingException(DecodingError.INVALID_SIGNATURE, "commit.commitSeal: sealed by "
            + sealer.map(Address::toHexString).orElse("nobody") + ", not by the message's author "
            + author.toHexString());
      }
    }
    return new BftMessage(payload, signature, author, FlatBytes.of(encoded));
  }

  private static MessageType readType(final RlpItem item) {
    if (!(item instanceof RlpItem.StringItem typeItem)) {
      throw new DecodingException(DecodingError.EXPECTED_STRING, "bft message.type: found a list");
    }
    final Bytes value = typeItem.value();
    if (value.size() != 1 || value.get(0) == 0) {
      throw new DecodingException(DecodingError.UNSUPPORTED_TYPE, "bft message.type: 0x"
          + value.toUnprefixedHexString());
    }
    final int code = value.get(0) & 0xff;
    return MessageType.ofCode(code).orElseThrow(() -> new DecodingException(DecodingError.UNSUPPORTED_TYPE,
        "bft message.type: 0x" + Integer.toHexString(code)));
  }

  /** A 65-byte r || s || recId signature, in range and low-s (EIP-2), else a decoding error naming {@code field}. */
  static Signature readSignature(final Bytes encoded, final String field) {
    if (encoded.size() != 65) {
      throw new DecodingException(DecodingError.WRONG_FIELD_SIZE, field + ": a signature is 65 bytes, got "
          + encoded.size());
    }
    final int recId = encoded.get(64) & 0xff;
    if (recId > 1) {
      throw new DecodingException(DecodingError.INVALID_SIGNATURE, field + ": recovery id must be 0 or 1");
    }
    final Signature signature = new Signature(new BigInteger(1, encoded.slice(0, 32).toArrayUnsafe()),
        new BigInteger(1, encoded.slice(32, 32).toArrayUnsafe()), (byte) recId);
    if (!signature.isValid()) {
      throw new DecodingException(DecodingError.INVALID_SIGNATURE, field + ": r or s out of range");
    }
    if (!signature.isLowS()) {
      throw new DecodingException(DecodingError.HIGH_S_SIGNATURE, field);
    }
    return signature;
  }
}
