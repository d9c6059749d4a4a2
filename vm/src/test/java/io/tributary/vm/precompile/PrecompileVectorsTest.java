package io.tributary.vm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.core.crypto.BouncyCastleSecp256k1;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every vector under {@code precompiles/} (see its README for where they come from): gas and output. */
class PrecompileVectorsTest {
  private static final long OUT_OF_ANY_GAS = 1L << 40;

  /** Label -> contract; the label up to a space names the vector file. */
  private static Map<String, PrecompiledContract> files() {
    final Map<String, PrecompiledContract> files = new LinkedHashMap<>();
    files.put("ecrecover", new EcRecoverPrecompile());
    files.put("ecrecover (Bouncy Castle)", new EcRecoverPrecompile(new BouncyCastleSecp256k1()));
    files.put("sha256", new Sha256Precompile());
    files.put("ripemd160", new Ripemd160Precompile());
    files.put("identity", new IdentityPrecompile());
    files.put("modexp", new ModExpPrecompile());
    files.put("bn254Add", new AltBn128AddPrecompile());
    files.put("bn254Mul", new AltBn128MulPrecompile());
    files.put("bn254Pairing", new AltBn128PairingPrecompile());
    files.put("blake2f", new Blake2bfMessageDigestPrecompile());
    files.put("kzgPointEvaluation", new KzgPointEvaluationPrecompile());
    return files;
  }

  static Stream<Arguments> vectors() {
    final ObjectMapper json = new ObjectMapper();
    final List<Arguments> all = new ArrayList<>();
    files().forEach((label, contract) -> {
      final String file = label.split(" ")[0];
      try (InputStream in = PrecompileVectorsTest.class.getResourceAsStream("/precompiles/" + file + ".json")) {
        assertThat(in).as(file).isNotNull();
        for (final JsonNode vector : json.readTree(in)) {
          all.add(Arguments.of(label, vector.get("name").asText(), contract, vector));
        }
      } catch (final IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return all.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("vectors")
  void precompileChargesTheExpectedGasAndReturnsTheExpectedOutput(
      final String file, final String name, final PrecompiledContract contract, final JsonNode vector) {
    final Bytes input = Bytes.fromHexString(vector.get("input").asText());
    final JsonNode gas = vector.get("gas");
    if (gas.isNumber()) {
      assertThat(contract.gasRequirement(input)).as("gas").isEqualTo(gas.asLong());
    } else if (gas.isTextual()) {
      assertThat(contract.gasRequirement(input)).as("gas").isGreaterThan(OUT_OF_ANY_GAS);
      return;
    }
    final PrecompileResult result = contract.compute(input);
    final JsonNode output = vector.get("output");
    if (output.isNull()) {
      assertThat(result.isSuccess()).as("fails: %s", result).isFalse();
    } else {
      assertThat(result.isSuccess()).as("succeeds: %s", result.failure()).isTrue();
      assertThat(result.output().orElseThrow()).isEqualTo(Bytes.fromHexString(output.asText()));
    }
  }
}
