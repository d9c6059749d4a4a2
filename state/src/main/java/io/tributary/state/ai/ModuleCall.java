package io.tributary.state.ai;

import io.tributary.core.abi.AbiEvent;
import io.tributary.core.block.Log;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.vm.nativecontract.NativeCall;

/** One call of a module as its functions see it: the call, its gas meter, the parameters and the three stores. */
public final class ModuleCall {
  private final NativeCall call;
  private final GasMeter gas;
  private final AiParams params;
  private final boolean readOnly;
  private final DatasetStore datasets;
  private final ModelStore models;
  private final InferenceStore inferences;

  ModuleCall(final NativeCall call, final GasMeter gas, final AiParams params, final boolean readOnly) {
    this.call = call;
    this.gas = gas;
    this.params = params;
    this.readOnly = readOnly;
    this.datasets = new DatasetStore(
        new ModuleStorage(call.world(), AiAddresses.DATASET_REGISTRY, gas, params.gas(), readOnly));
    this.models = new ModelStore(
        new ModuleStorage(call.world(), AiAddresses.MODEL_REGISTRY, gas, params.gas(), readOnly));
    this.inferences = new InferenceStore(
        new ModuleStorage(call.world(), AiAddresses.ATTRIBUTION, gas, params.gas(), readOnly));
  }

  public NativeCall call() {
    return call;
  }

  public GasMeter gas() {
    return gas;
  }

  public AiParams params() {
    return params;
  }

  public Address caller() {
    return call.caller();
  }

  public Wei value() {
    return call.value();
  }

  public long block() {
    return call.block().number();
  }

  DatasetStore datasets() {
    return datasets;
  }

  ModelStore models() {
    return models;
  }

  InferenceStore inferences() {
    return inferences;
  }

  /** Emits an event from this module, charged as the LOG opcodes are. */
  public void emit(final AbiEvent event, final Object... values) {
    final Log log = event.log(call.self(), values);
    gas.charge(params.gas().log() + params.gas().logTopic() * (log.topics().size() - 1)
        + params.gas().logByte() * log.data().size());
    call.logs().accept(log);
  }

  /** Pays {@code amount} out of this module's balance (the call's value landed there) to {@code to}. */
  public void pay(final Address to, final Wei amount) {
    if (readOnly) {
      throw new ModuleRevert("StaticCall", "a static call cannot move value");
    }
    if (amount.isZero()) {
      return;
    }
    call.world().subtractBalance(call.self(), amount);
    call.world().addBalance(to, amount);
  }

  public static ModuleRevert revert(final String name, final String message) {
    return new ModuleRevert(name, message);
  }
}
