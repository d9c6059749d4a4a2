package io.tributary.state.ai;

import io.tributary.core.types.Address;
import io.tributary.state.world.WorldUpdater;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;

/**
 * The module accounts every Tributary genesis holds. Each gets nonce 1 and the one-byte code 0xfe (INVALID), which
 * never runs (calls reach the Java module first) but makes the account non-empty, so EIP-161 never deletes it with
 * its storage, and gives it code, so Solidity's call-site check (extcodesize > 0) passes for contracts that call it.
 */
public final class AiGenesis {
  public static final Bytes MODULE_CODE = Bytes.of(0xfe);
  public static final List<Address> MODULES =
      List.of(AiAddresses.DATASET_REGISTRY, AiAddresses.MODEL_REGISTRY, AiAddresses.ATTRIBUTION);

  private AiGenesis() {}

  public static void install(final WorldUpdater state) {
    for (final Address module : MODULES) {
      state.getOrCreate(module);
      state.setNonce(module, 1);
      state.setCode(module, MODULE_CODE);
    }
  }
}
