package io.tributary.vm.precompile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.tuweni.bytes.Bytes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time per call of each precompile on a representative vector of {@code precompiles/}; gas divided by the time is
 * the rate at which a block full of such calls executes (the pure-Java bn254 is the one to watch).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PrecompileBenchmark {
  /** case -> {vector file, vector name}. */
  private static final Map<String, String[]> CASES = Map.of(
      "ecrecover", new String[] {"ecrecover", "valid signature, v = 28, high s"},
      "sha256_1k", new String[] {"sha256", "1024 bytes"},
      "modexp_128", new String[] {"modexp", "random base 128, exponent 64, modulus 128 bytes (5)"},
      "bn254_add", new String[] {"bn254Add", "two random points"},
      "bn254_mul", new String[] {"bn254Mul",
          "random point times 0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"},
      "bn254_pairing_2", new String[] {"bn254Pairing", "e(aP, bQ) * e(-abP, Q) = 1"},
      "blake2f_12", new String[] {"blake2f", "EIP-152 vector 5: 12 rounds (BLAKE2b-512 of \"abc\")"},
      "kzg", new String[] {"kzgPointEvaluation", "valid proof at a random point"});

  private static final Map<String, Supplier<PrecompiledContract>> CONTRACTS = Map.of(
      "ecrecover", EcRecoverPrecompile::new,
      "sha256", Sha256Precompile::new,
      "modexp", ModExpPrecompile::new,
      "bn254Add", AltBn128AddPrecompile::new,
      "bn254Mul", AltBn128MulPrecompile::new,
      "bn254Pairing", AltBn128PairingPrecompile::new,
      "blake2f", Blake2bfMessageDigestPrecompile::new,
      "kzgPointEvaluation", KzgPointEvaluationPrecompile::new);

  @Param({"ecrecover", "sha256_1k", "modexp_128", "bn254_add", "bn254_mul", "bn254_pairing_2", "blake2f_12", "kzg"})
  public String name;

  private PrecompiledContract contract;
  private Bytes input;

  @Setup
  public void setUp() throws IOException {
    final String[] c = CASES.get(name);
    contract = CONTRACTS.get(c[0]).get();
    try (InputStream in = PrecompileBenchmark.class.getResourceAsStream("/precompiles/" + c[0] + ".json")) {
      for (final JsonNode vector : new ObjectMapper().readTree(in)) {
        if (vector.get("name").asText().equals(c[1])) {
          input = Bytes.fromHexString(vector.get("input").asText());
        }
      }
    }
    if (input == null || !contract.compute(input).isSuccess()) {
      throw new IllegalStateException("no successful vector " + c[1]);
    }
  }

  @Benchmark
  public PrecompileResult compute() {
    return contract.compute(input);
  }
}
