package io.tributary.state.ai;

import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/** One inference as a recordInference or recordInferences call carries it. */
public record InferenceInput(long modelId, Bytes32 outputHash, long[] words, List<Claim> claims, UInt256 fee) {

  /** From recordInference's arguments (model, output hash, words, claims) and the call's value. */
  static InferenceInput ofSingle(final List<Object> args, final UInt256 value) {
    return new InferenceInput(AiAbi.uint64((UInt256) args.get(0)), Bytes32.wrap((Bytes) args.get(1)),
        AiAbi.toLongs(args.get(2)), claims(args.get(3)), value);
  }

  /** From one tuple of recordInferences' array: (model, output hash, words, claims, fee). */
  static InferenceInput ofTuple(final Object tuple) {
    final List<?> t = (List<?>) tuple;
    return new InferenceInput(AiAbi.uint64((UInt256) t.get(0)), Bytes32.wrap((Bytes) t.get(1)),
        AiAbi.toLongs(t.get(2)), claims(t.get(3)), (UInt256) t.get(4));
  }

  private static List<Claim> claims(final Object arg) {
    final List<Claim> claims = new ArrayList<>();
    for (final Object element : (List<?>) arg) {
      final List<?> pair = (List<?>) element;
      claims.add(new Claim(AiAbi.uint64((UInt256) pair.get(0)), (int) AiAbi.uint64((UInt256) pair.get(1))));
    }
    return claims;
  }
}
