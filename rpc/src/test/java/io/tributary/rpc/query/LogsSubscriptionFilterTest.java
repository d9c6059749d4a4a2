package io.tributary.rpc.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockBody;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.block.Log;
import io.tributary.core.block.TransactionReceipt;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionSigner;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.rpc.InvalidJsonRpcParameters;
import io.tributary.rpc.results.LogResult;
import io.tributary.rpc.subscription.NewBlock;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;

class LogsSubscriptionFilterTest {
  private static final Address EMITTER = Address.of(0xe1);
  private static final Hash TOPIC = Hash.wrap(Bytes32.fromHexStringLenient("0x7070"));
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void aNewBlockYieldsItsMatchingLogsNumberedAcrossTheBlock() throws Exception {
    final KeyPair key = SignatureAlgorithms.get().createKeyPair(Bytes32.fromHexStringLenient("0x01"));
    final List<Transaction> txs = List.of(0, 1).stream().map(nonce -> TransactionSigner.sign(Transaction.builder()
        .type(TransactionType.EIP1559).chainId(7357L).nonce(nonce).maxPriorityFeePerGas(Wei.ZERO)
        .maxFeePerGas(Wei.of(10)).gasLimit(21_000).to(Address.of(2)), key)).toList();
    final List<TransactionReceipt> receipts = List.of(
        TransactionReceipt.of(TransactionType.EIP1559, true, 21_000, List.of(new Log(Address.of(3), List.of(), Bytes.EMPTY))),
        TransactionReceipt.of(TransactionType.EIP1559, true, 42_000, List.of(new Log(EMITTER, List.of(TOPIC), Bytes.of(9)))));
    final Block block = new Block(BlockHeader.builder().number(5).gasLimit(30_000_000).timestamp(10)
        .tributaryCancunFields(Wei.of(7)).build(), BlockBody.of(txs));

    final List<Object> logs = new LogsSubscriptionFilter().compile(mapper.readTree(
        "{\"address\": \"" + EMITTER.toHexString() + "\", \"topics\": [\"" + TOPIC.toHexString() + "\"]}"))
        .apply(new NewBlock(block, receipts));

    assertThat(logs).hasSize(1);
    final LogResult log = (LogResult) logs.get(0);
    assertThat(log.logIndex()).isEqualTo("0x1");
    assertThat(log.transactionIndex()).isEqualTo("0x1");
    assertThat(log.transactionHash()).isEqualTo(txs.get(1).hash().toHexString());
    assertThat(log.blockNumber()).isEqualTo("0x5");
    assertThat(log.data()).isEqualTo("0x09");
  }

  @Test
  void aMalformedFilterIsRefusedWhenSubscribing() {
    assertThatThrownBy(() -> new LogsSubscriptionFilter().compile(mapper.readTree("{\"address\": \"0x12\"}")))
        .isInstanceOf(InvalidJsonRpcParameters.class).hasMessage("invalid address: 0x12");
    assertThatThrownBy(() -> new LogsSubscriptionFilter().compile(mapper.readTree("[]")))
        .isInstanceOf(InvalidJsonRpcParameters.class);
  }
}
