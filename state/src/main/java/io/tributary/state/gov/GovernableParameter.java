package io.tributary.state.gov;

import java.math.BigInteger;
import java.util.Optional;

/**
 * A parameter a PARAMETER_CHANGE proposal may set ({@link GovParameter}, {@link ChainParameter}, {@link AiParameter}):
 * the name proposals and genesis files use, and the values it accepts.
 */
public interface GovernableParameter {
  /** The name proposals use, e.g. {@code quorumBps} or {@code chain.gasLimit}. */
  String key();

  BigInteger min();

  BigInteger max();

  default boolean allows(final BigInteger value) {
    return value.compareTo(min()) >= 0 && value.compareTo(max()) <= 0;
  }

  default String range() {
    return min() + ".." + max();
  }

  /** The parameter among {@code values} named {@code key}. */
  static <P extends GovernableParameter> Optional<P> byKey(final P[] values, final String key) {
    for (final P p : values) {
      if (p.key().equals(key)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Any governable parameter named {@code key}: governance's, the chain's or the AI modules'. */
  static Optional<GovernableParameter> any(final String key) {
    return GovParameter.byKey(key).<GovernableParameter>map(p -> p)
        .or(() -> ChainParameter.byKey(key)).or(() -> AiParameter.byKey(key));
  }
}
