package io.tributary.rpc.methods;

import io.tributary.consensus.txpool.PoolHeadState;
import io.tributary.consensus.txpool.TransactionPool;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.log.DropLog;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionDecoder;
import io.tributary.core.transaction.TransactionInvalidReason;
import io.tributary.core.validation.ValidationResult;
import io.tributary.rpc.JsonRpcError;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.tuweni.bytes.Bytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * {@code eth_sendRawTransaction}: decodes a signed transaction and offers it to the pool. Refusals are -32000 errors
 * worded as geth words them ("nonce too low", "insufficient funds for gas * price + value", ...), which ethers.js and
 * web3j map to their own error types. Refusals are logged at DEBUG one by one and at INFO as one line per 30 s at most,
 * counted by reason ("Rejected raw transactions in the last 30 s: 4000 undecodable, 12 nonce too low"), so a flood of
 * garbage does not flood the log.
 */
public final class EthSendRawTransaction implements JsonRpcMethod {
  private static final Logger LOG = LoggerFactory.getLogger(EthSendRawTransaction.class);

  private final TransactionPool pool;
  private final Supplier<PoolHeadState> head;
  private final DropLog rejected = new DropLog(LOG, Level.INFO, "Rejected raw transactions", DropLog.DEFAULT_INTERVAL);

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
      rejected.drop("undecodable", "undecodable transaction of " + raw.size() + " bytes: " + e.getMessage());
      return JsonRpcResponse.error(JsonRpcError.INVALID_PARAMS, "invalid transaction: " + e.getMessage());
    }
    final ValidationResult<TransactionInvalidReason> result = pool.add(tx, head.get());
    if (!result.isValid()) {
      rejected.drop(result.reason().map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("invalid"),
          tx.hash() + ": " + result.message());
      return JsonRpcResponse.error(JsonRpcError.SERVER_ERROR, result.message());
    }
    return JsonRpcResponse.success(tx.hash().toHexString());
  }

  /** Transactions refused since this method was made, by reason ("undecodable", "nonce too low", ...). */
  public Map<String, Long> rejected() {
    return rejected.totals();
  }

  /** Logs the summary of refusals since the last one now, rather than at the end of its period. */
  public void logRejected() {
    rejected.flush();
  }
}
