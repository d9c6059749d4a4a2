package io.tributary.rpc.methods;

import io.tributary.core.types.Address;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import org.apache.tuweni.units.bigints.UInt256;

/** {@code eth_getStorageAt(address, key, block)}: the slot's value after the block, as a 32-byte word. */
public final class EthGetStorageAt implements JsonRpcMethod {
  private final BlockchainQueries queries;

  public EthGetStorageAt(final BlockchainQueries queries) {
    this.queries = queries;
  }

  @Override
  public String name() {
    return "eth_getStorageAt";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final Address address = request.parameters().address(0, "address");
    final UInt256 slot = StorageSlot.parse(request.parameters().required(1, "storage key"), "params[1]");
    final BlockParameter block = BlockParameter.parse(request.parameters().optional(2), "params[2]");
    return StateReads.at(queries, block, (header, state) -> state.storage(address, slot).toHexString());
  }
}
