package io.tributary.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.encoding.DecodingException;
import io.tributary.core.rlp.Rlp;
import io.tributary.core.transaction.TransactionDecoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded random and mutated inputs for every decoder: the only exception allowed out is {@link DecodingException},
 * and whatever decodes re-encodes to exactly the input (canonical encodings have one form). Register a decoder with
 * one line in {@link #decoders()}.
 */
class DecoderFuzzTest {
  private static final int ITERATIONS = Boolean.getBoolean("tributary.soak") ? 200_000 : 3_000;

  /** A decoder under test, its re-encoder and valid seed inputs to mutate. */
  record Target(Function<Bytes, Object> decode, Function<Object, Bytes> encode, List<Bytes> seeds) {}

  static Map<String, Target> decoders() {
    final Map<String, Target> targets = new LinkedHashMap<>();
    targets.put("rlp", new Target(Rlp::decodeItem, item -> ((io.tributary.core.rlp.RlpItem) item).encode(),
        FuzzSeeds.rlp()));
    targets.put("transaction", new Target(TransactionDecoder::decode,
        tx -> ((io.tributary.core.transaction.Transaction) tx).encoded(), FuzzSeeds.transactions()));
    FuzzSeeds.more(targets);
    return targets;
  }

  @TestFactory
  Stream<DynamicTest> onlyDecodingErrorsEscapeAndValidInputsAreCanonical() {
    final List<DynamicTest> tests = new ArrayList<>();
    decoders().forEach((name, target) -> tests.add(DynamicTest.dynamicTest(name, () -> fuzz(name, target))));
    return tests.stream();
  }

  private static void fuzz(final String name, final Target target) {
    final Random random = new Random(name.hashCode() * 31L + 7357);
    int decoded = 0;
    for (int i = 0; i < ITERATIONS; i++) {
      final Bytes input = i % 5 == 0 ? randomBytes(random) : mutate(random, target.seeds().get(i % target.seeds().size()));
      final Object value;
      try {
        value = target.decode().apply(input);
      } catch (DecodingException expected) {
        continue;
      } catch (RuntimeException e) {
        throw new AssertionError(name + " threw " + e + " on " + input.toHexString(), e);
      }
      decoded++;
      assertThat(target.encode().apply(value)).as("%s re-encodes %s", name, input).isEqualTo(input);
    }
    for (final Bytes seed : target.seeds()) {
      assertThat(target.encode().apply(target.decode().apply(seed))).isEqualTo(seed);
    }
    assertThat(decoded + target.seeds().size()).isPositive();
  }

  private static Bytes randomBytes(final Random random) {
    final byte[] b = new byte[random.nextInt(64)];
    random.nextBytes(b);
    return Bytes.wrap(b);
  }

  /** Bit flips, truncation, insertion, deletion and length-prefix tampering. */
  static Bytes mutate(final Random random, final Bytes seed) {
    final byte[] b = seed.toArray();
    switch (random.nextInt(6)) {
      case 0 -> {
        if (b.length > 0) {
          b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return Bytes.wrap(b);
      }
      case 1 -> {
        return Bytes.wrap(java.util.Arrays.copyOf(b, b.length == 0 ? 0 : random.nextInt(b.length)));
      }
      case 2 -> {
        final int at = random.nextInt(b.length + 1);
        final byte[] out = new byte[b.length + 1];
        System.arraycopy(b, 0, out, 0, at);
        out[at] = (byte) random.nextInt(256);
        System.arraycopy(b, at, out, at + 1, b.length - at);
        return Bytes.wrap(out);
      }
      case 3 -> {
        if (b.length < 2) {
          return Bytes.wrap(b);
        }
        final int at = random.nextInt(b.length);
        final byte[] out = new byte[b.length - 1];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(b, at + 1, out, at, b.length - at - 1);
        return Bytes.wrap(out);
      }
      case 4 -> {
        // length prefixes live in the first bytes of each item; tamper with an early one
        if (b.length > 0) {
          b[random.nextInt(Math.min(b.length, 4))] = (byte) random.nextInt(256);
        }
        return Bytes.wrap(b);
      }
      default -> {
        if (b.length > 0) {
          b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        }
        return Bytes.wrap(b);
      }
    }
  }
}
