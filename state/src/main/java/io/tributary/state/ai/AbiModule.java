package io.tributary.state.ai;

import io.tributary.core.abi.AbiFunction;
import io.tributary.core.abi.RevertReason;
import io.tributary.core.encoding.DecodingException;
import io.tributary.state.gov.AiParamStore;
import io.tributary.vm.nativecontract.NativeCall;
import io.tributary.vm.nativecontract.NativeContract;
import io.tributary.vm.nativecontract.NativeResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.tuweni.bytes.Bytes;

/**
 * A native module with a Solidity ABI: dispatches on the 4-byte selector, decodes the arguments strictly, and turns
 * every failure into what a Solidity contract would return: {@code Error(string)} revert data with a named reason
 * (unknown function, value sent to a non-payable function, malformed arguments, a module rule), or an out-of-gas
 * halt. Nothing a caller sends can make it throw.
 */
public abstract class AbiModule implements NativeContract {
  /** One function's body: decoded arguments in, ABI-encoded return data out. */
  @FunctionalInterface
  public interface Body {
    Bytes run(ModuleCall call, List<Object> args);
  }

  private record Entry(AbiFunction function, boolean payable, boolean view, Body body) {}

  private final String name;
  private final AiParams params;
  private final Map<Integer, Entry> functions = new HashMap<>();

  protected AbiModule(final String name, final AiParams params) {
    this.name = name;
    this.params = params;
  }

  @Override
  public String name() {
    return name;
  }

  protected AiParams params() {
    return params;
  }

  protected void function(final AbiFunction function, final Body body) {
    add(new Entry(function, false, false, body));
  }

  protected void payable(final AbiFunction function, final Body body) {
    add(new Entry(function, true, false, body));
  }

  protected void view(final AbiFunction function, final Body body) {
    add(new Entry(function, false, true, body));
  }

  private void add(final Entry entry) {
    if (functions.put(entry.function().selectorInt(), entry) != null) {
      throw new IllegalStateException("selector clash at " + entry.function().signature());
    }
  }

  @Override
  public NativeResult call(final NativeCall call) {
    final GasMeter gas = new GasMeter(call.gas());
    try {
      gas.charge(params.gas().call());
      if (call.input().size() < 4) {
        throw ModuleCall.revert("UnknownFunction", name + " needs a 4-byte function selector, got "
            + call.input().size() + " bytes");
      }
      final Entry entry = functions.get(call.input().getInt(0));
      if (entry == null) {
        throw ModuleCall.revert("UnknownFunction", name + " has no function with selector "
            + call.input().slice(0, 4).toHexString());
      }
      if (!entry.payable() && !call.value().isZero()) {
        throw ModuleCall.revert("NotPayable", entry.function().name() + " does not take value");
      }
      final List<Object> args;
      try {
        args = entry.function().decodeInputs(call.input().slice(4));
      } catch (final DecodingException e) {
        throw ModuleCall.revert("MalformedInput", entry.function().signature() + ": " + e.getMessage());
      }
      // the parameters in force for this block: the spec's, with those governance changed (AiParamStore)
      final AiParams inForce = AiParamStore.read(call.world(), params, call.block().number());
      final ModuleCall moduleCall = new ModuleCall(call, gas, inForce, call.isStatic() || entry.view());
      final Bytes output = entry.body().run(moduleCall, args);
      return NativeResult.success(output, gas.used());
    } catch (final ModuleRevert revert) {
      return NativeResult.revert(RevertReason.encode(revert.getMessage()), gas.used());
    } catch (final OutOfModuleGas outOfGas) {
      return NativeResult.outOfGas();
    }
  }
}
