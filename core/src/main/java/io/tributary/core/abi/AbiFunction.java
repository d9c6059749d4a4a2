package io.tributary.core.abi;

import io.tributary.core.crypto.Keccak256;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;

/**
 * A contract function: its signature {@code name(types)}, 4-byte selector, and the codecs of its inputs and outputs.
 *
 * <pre>{@code
 * AbiFunction seal = AbiFunction.parse("seal(uint64,bytes32,uint64)", "");
 * List<Object> args = seal.decodeInputs(callData);   // callData without its selector
 * }</pre>
 */
public record AbiFunction(String name, List<AbiType> inputs, List<AbiType> outputs) {
  public AbiFunction {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  /** {@code parse("getDataset(uint64)", "(uint64,address)")}: a signature and the comma-separated output types. */
  public static AbiFunction parse(final String signature, final String outputs) {
    final int open = signature.indexOf('(');
    if (open <= 0 || !signature.endsWith(")")) {
      throw new IllegalArgumentException("not a function signature: " + signature);
    }
    return new AbiFunction(signature.substring(0, open),
        AbiType.parseList(signature.substring(open + 1, signature.length() - 1)), AbiType.parseList(outputs));
  }

  /** {@code name(type,...)} in canonical types. */
  public String signature() {
    return name + new AbiType.Tuple(inputs).canonical();
  }

  /** The first four bytes of keccak-256 of the signature. */
  public Bytes selector() {
    return Bytes.wrap(Keccak256.digest(signature().getBytes(StandardCharsets.UTF_8))).slice(0, 4);
  }

  /** The selector as an int, for switch tables. */
  public int selectorInt() {
    return selector().getInt(0);
  }

  /** Decodes the arguments that follow the selector. */
  public List<Object> decodeInputs(final Bytes argumentData) {
    return AbiCodec.decode(inputs, argumentData);
  }

  /** Selector plus encoded arguments: a call's data. */
  public Bytes encodeCall(final Object... args) {
    return Bytes.concatenate(selector(), AbiCodec.encode(inputs, List.of(args)));
  }

  public Bytes encodeOutputs(final Object... values) {
    return AbiCodec.encode(outputs, List.of(values));
  }

  public List<Object> decodeOutputs(final Bytes data) {
    return AbiCodec.decode(outputs, data);
  }
}
