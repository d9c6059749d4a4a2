package io.tributary.core.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.encoding.DecodingError;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import java.math.BigInteger;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;

class TransactionTest {
  static final KeyPair HARDHAT_0 = SignatureAlgorithms.get().createKeyPair(
      Bytes32.fromHexString("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"));
  static final Address RECIPIENT = Address.fromHexString("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
  private static final TransactionValidator TRIBUTARY = TransactionValidator.tributary(7357);

  static Transaction.Builder eip1559() {
    return Transaction.builder().type(TransactionType.EIP1559).chainId(7357L).nonce(3)
        .maxPriorityFeePerGas(Wei.of(1_000_000_000L)).maxFeePerGas(Wei.of(30_000_000_000L)).gasLimit(21_000)
        .to(RECIPIENT).value(Wei.ofTrib(1));
  }

  @Test
  void signsAnEip1559TransferThatRoundTripsWithItsSender() {
    final Transaction tx = TransactionSigner.sign(eip1559(), HARDHAT_0);
    final Transaction decoded = TransactionDecoder.decode(tx.encoded());
    assertThat(decoded).isEqualTo(tx);
    assertThat(decoded.hash()).isEqualTo(tx.hash());
    assertThat(decoded.sender()).contains(HARDHAT_0.address());
    assertThat(decoded.encoded().get(0)).isEqualTo((byte) 0x02);
    assertThat(TRIBUTARY.validate(decoded).isValid()).isTrue();
  }

  @Test
  void signsLegacyTransactionsWithEip155V() {
    final Transaction tx = TransactionSigner.sign(Transaction.builder().type(TransactionType.LEGACY).chainId(7357L)
        .gasPrice(Wei.of(1_000_000_000L)).gasLimit(21_000).to(RECIPIENT).value(Wei.of(5)), HARDHAT_0);
    assertThat(tx.v()).isIn(BigInteger.valueOf(7357L * 2 + 35), BigInteger.valueOf(7357L * 2 + 36));
    final Transaction decoded = TransactionDecoder.decode(tx.encoded());
    assertThat(decoded.chainId()).contains(7357L);
    assertThat(decoded.sender()).contains(HARDHAT_0.address());
  }

  @Test
  void signsUnprotectedLegacyTransactionsWithV27Or28() {
    final Transaction tx = TransactionSigner.sign(Transaction.builder().type(TransactionType.LEGACY)
        .gasPrice(Wei.of(1)).gasLimit(21_000).to(RECIPIENT), HARDHAT_0);
    assertThat(tx.v()).isIn(BigInteger.valueOf(27), BigInteger.valueOf(28));
    assertThat(TransactionDecoder.decode(tx.encoded()).chainId()).isEmpty();
  }

  @Test
  void roundTripsAnAccessListTransaction() {
    final Transaction tx = TransactionSigner.sign(Transaction.builder().type(TransactionType.ACCESS_LIST).chainId(7357L)
        .gasPrice(Wei.of(7)).gasLimit(30_000).to(RECIPIENT)
        .accessList(List.of(new AccessListEntry(RECIPIENT, List.of(Hash.ZERO, Hash.EMPTY)))), HARDHAT_0);
    final Transaction decoded = TransactionDecoder.decode(tx.encoded());
    assertThat(decoded.accessList()).isEqualTo(tx.accessList());
    assertThat(IntrinsicGasCalculator.intrinsicGas(decoded)).isEqualTo(21_000 + 2_400 + 2 * 1_900);
    assertThat(decoded.sender()).contains(HARDHAT_0.address());
  }

  @Test
  void pricesContractCreationWithInitcodeWords() {
    final Transaction create = TransactionSigner.sign(eip1559().to(null).gasLimit(100_000)
        .data(Bytes.fromHexString("0x00ff00ff")), HARDHAT_0);
    assertThat(create.isContractCreation()).isTrue();
    assertThat(IntrinsicGasCalculator.intrinsicGas(create)).isEqualTo(21_000 + 32_000 + 2 * 4 + 2 * 16 + 2);
  }

  @Test
  void decodesBlobTransactionsButRefusesThemOnTributary() {
    final Transaction blob = TransactionSigner.sign(Transaction.builder().type(TransactionType.BLOB).chainId(7357L)
        .maxPriorityFeePerGas(Wei.of(1)).maxFeePerGas(Wei.of(2)).gasLimit(21_000).to(RECIPIENT)
        .maxFeePerBlobGas(Wei.of(3)).blobVersionedHashes(List.of(Hash.ZERO)), HARDHAT_0);
    final Transaction decoded = TransactionDecoder.decode(blob.encoded());
    assertThat(decoded.type()).isEqualTo(TransactionType.BLOB);
    assertThat(decoded.blobVersionedHashes()).containsExactly(Hash.ZERO);
    assertThat(TRIBUTARY.validate(decoded).reason()).contains(TransactionInvalidReason.BLOB_TRANSACTIONS_NOT_SUPPORTED);
    assertThat(TRIBUTARY.validate(decoded).message()).contains("not supported on Tributary");
  }

  @Test
  void refusesAnotherChainsTransactions() {
    final Transaction foreign = TransactionSigner.sign(eip1559().chainId(1L), HARDHAT_0);
    assertThat(TRIBUTARY.validate(foreign).reason()).contains(TransactionInvalidReason.WRONG_CHAIN_ID);
    assertThat(TRIBUTARY.validate(foreign).message()).isEqualTo("invalid chain id for signer: have 1 want 7357");
  }

  @Test
  void refusesHighSSignaturesPerEip2() {
    final Transaction tx = TransactionSigner.sign(eip1559(), HARDHAT_0);
    final io.tributary.core.crypto.Signature high = new io.tributary.core.crypto.Signature(tx.signature().r(),
        io.tributary.core.crypto.Signature.CURVE_ORDER.subtract(tx.signature().s()),
        (byte) (1 - tx.signature().recId()));
    final Transaction malleated = eip1559().signature(high).build();
    assertThat(malleated.sender()).contains(HARDHAT_0.address());
    assertThat(TRIBUTARY.validate(malleated).reason()).contains(TransactionInvalidReason.SIGNATURE_S_TOO_HIGH);
  }

  @Test
  void refusesAPriorityFeeAboveTheFeeCapAndTooLittleGas() {
    assertThat(TRIBUTARY.validate(TransactionSigner.sign(eip1559().maxPriorityFeePerGas(Wei.of(31_000_000_000L)),
        HARDHAT_0)).reason()).contains(TransactionInvalidReason.PRIORITY_FEE_ABOVE_MAX_FEE);
    assertThat(TRIBUTARY.validate(TransactionSigner.sign(eip1559().gasLimit(20_999), HARDHAT_0)).reason())
        .contains(TransactionInvalidReason.INTRINSIC_GAS_TOO_LOW);
  }

  @Test
  void namesTheFieldOfAStructuralError() {
    final Bytes encoded = TransactionSigner.sign(eip1559(), HARDHAT_0).encoded();
    assertThatThrownBy(() -> TransactionDecoder.decode(encoded.slice(0, encoded.size() - 1)))
        .isInstanceOf(DecodingException.class);
    assertThatThrownBy(() -> TransactionDecoder.decode(Bytes.fromHexString("0x05c0")))
        .isInstanceOfSatisfying(DecodingException.class,
            e -> assertThat(e.error()).isEqualTo(DecodingError.UNSUPPORTED_TYPE))
        .hasMessageContaining("0x05");
    assertThatThrownBy(() -> TransactionDecoder.decode(Bytes.fromHexString("0x02c0")))
        .hasMessageContaining("chainId").hasMessageContaining("missing");
    assertThatThrownBy(() -> TransactionDecoder.decode(Bytes.concatenate(encoded, Bytes.of(0))))
        .isInstanceOfSatisfying(DecodingException.class,
            e -> assertThat(e.error()).isEqualTo(DecodingError.TRAILING_BYTES));
  }
}
