package io.tributary.rpc.methods;

import io.tributary.consensus.txpool.PoolHeadState;
import io.tributary.consensus.txpool.TransactionPool;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionDecoder;
import io.tributary.core.transaction.TransactionInvalidReason;
import io.tributary.core.validation.ValidationResult;
import io.tributary.rpc.JsonRpcError;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import java.util.function.Supplier;
import org.apache.tuweni.bytes.Bytes;

/**
 * {@code eth_sendRawTransaction}: decodes a signed transaction and offers it to the pool. Refusals are -32000 errors
 * worded as geth words them ("nonce too low", "insufficient funds for gas * price + value", ...), which ethers.js and
 * web3j map to their own error types.
 */
public final class EthSendRawTransaction implements JsonRpcMethod {
  private final TransactionPool pool;
  private final Supplier<PoolHeadState> head;

  public EthSendRawTransaction(final TransactionPool pool, final Supplier<PoolHeadState> head) {
    this.pool = pool;
    this.head = head;
  }

  @Override
  public String name() {
    return "eth_sendRawTransaction";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final Bytes raw = request.parameters().data(0, "transaction");
    final Transaction tx;
    try {
      tx = TransactionDecoder.decode(raw);
    } catch (final DecodingException e) {
      return JsonRpcResponse.error(JsonRpcError.INVALID_PARAMS, "invalid transaction: " + e.getMessage());
    }
    final ValidationResult<TransactionInvalidReason> result = pool.add(tx, head.get());
    if (!result.isValid()) {
      return JsonRpcResponse.error(JsonRpcError.SERVER_ERROR, result.message());
    }
    return JsonRpcResponse.success(tx.hash().toHexString());
  }
}
