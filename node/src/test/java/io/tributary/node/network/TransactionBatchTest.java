package io.tributary.node.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionSigner;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import java.util.Collections;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;

class TransactionBatchTest {
  private static final KeyPair SENDER = SignatureAlgorithms.get().createKeyPair(
      Bytes32.fromHexString("0x" + "0a".repeat(32)));

  private static Transaction transfer(final TransactionType type, final long nonce) {
    final Transaction.Builder tx = Transaction.builder().type(type).chainId(7357L).nonce(nonce).gasLimit(21_000)
        .to(Address.of(0xbeef)).value(Wei.of(1));
    if (type == TransactionType.EIP1559) {
      tx.maxPriorityFeePerGas(Wei.of(1)).maxFeePerGas(Wei.of(2_000_000_000L));
    } else {
      tx.gasPrice(Wei.of(2_000_000_000L));
    }
    return TransactionSigner.sign(tx, SENDER);
  }

  @Test
  void legacyAndTypedTransactionsRoundTripInOrder() {
    final List<Transaction> batch = List.of(transfer(TransactionType.EIP1559, 0), transfer(TransactionType.LEGACY,
        1), transfer(TransactionType.EIP1559, 2));

    assertThat(TransactionBatch.decode(TransactionBatch.encode(batch))).extracting(Transaction::hash)
        .containsExactlyElementsOf(batch.stream().map(Transaction::hash).toList());
  }

  @Test
  void aBatchLargerThanTheLimitOrMalformedIsADecodingError() {
    final Transaction tx = transfer(TransactionType.EIP1559, 0);
    final Bytes tooMany = TransactionBatch.encode(Collections.nCopies(TransactionBatch.MAX_TRANSACTIONS + 1, tx));

    assertThatThrownBy(() -> TransactionBatch.decode(tooMany)).isInstanceOf(DecodingException.class)
        .hasMessageContaining("more than " + TransactionBatch.MAX_TRANSACTIONS);
    assertThatThrownBy(() -> TransactionBatch.decode(Bytes.fromHexString("0xc3820102")))
        .isInstanceOf(DecodingException.class);
  }
}
