package io.tributary.vm.nativecontract;

import io.tributary.core.block.Log;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.vm.BlockEnvironment;
import io.tributary.vm.EvmWorld;
import java.util.function.Consumer;
import org.apache.tuweni.bytes.Bytes;

/**
 * One call of a {@link NativeContract}.
 *
 * @param world the state, inside the call's checkpoint; the value has already moved to {@code self}
 * @param block the block the transaction runs in
 * @param caller CALLER: the transaction's sender or the calling contract
 * @param self the native contract's own address
 * @param value wei that came with the call (now in {@code self}'s balance)
 * @param input the call data: a 4-byte selector and ABI-encoded arguments
 * @param gas gas available to the call
 * @param isStatic whether state changes are forbidden (STATICCALL); writing must revert
 * @param logs where events go; they are dropped if the call reverts
 */
public record NativeCall(EvmWorld world, BlockEnvironment block, Address caller, Address self, Wei value,
    Bytes input, long gas, boolean isStatic, Consumer<Log> logs) {}
