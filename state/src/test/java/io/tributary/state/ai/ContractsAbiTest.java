package io.tributary.state.ai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.core.abi.AbiEvent;
import io.tributary.core.abi.AbiFunction;
import io.tributary.core.abi.AbiType;
import io.tributary.state.gov.GovernanceModule;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Solidity interfaces in contracts/ (as solc compiled them into contracts/abi/*.json) and the Java modules declare
 * the same functions and events: same canonical signatures, output types, payability and mutability, event indexed
 * flags. Regenerate the JSON with {@code node contracts/build-abi.mjs} after changing a .sol file.
 */
class ContractsAbiTest {
  private static final Path ABI_DIR = Path.of("..", "contracts", "abi");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the Java side says about one function, in the JSON ABI's terms. */
  private record FunctionShape(String signature, String outputs, String stateMutability) {}

  /** One event: its canonical signature with " indexed" after each indexed parameter, and anonymity. */
  private record EventShape(String declaration, boolean anonymous) {}

  static Stream<Arguments> modules() {
    return Stream.of(
        Arguments.of("IDatasetRegistry", DatasetRegistryModule.class, List.of("getDataset", "datasetCount"),
            List.of()),
        Arguments.of("IModelRegistry", ModelRegistryModule.class, List.of("getModel", "modelCount"), List.of()),
        Arguments.of("IAttribution", AttributionModule.class,
            List.of("getInference", "inferenceCount", "royaltiesOf"),
            List.of("recordInference", "recordInferences")),
        Arguments.of("IGovernance", GovernanceModule.class,
            List.of("getProposal", "proposalCount", "getParams", "totalSupply", "getVote", "lockOf", "depositOf"),
            List.of("submit", "deposit", "vote")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modules")
  void everyFunctionOfTheJavaModuleIsInTheSolidityInterfaceAndNoOther(final String contract,
      final Class<?> module, final List<String> views, final List<String> payables) throws IOException {
    final Map<String, FunctionShape> java = new TreeMap<>();
    for (final AbiFunction f : constants(module, AbiFunction.class)) {
      final String mutability = views.contains(f.name()) ? "view"
          : payables.contains(f.name()) ? "payable" : "nonpayable";
      java.put(f.signature(), new FunctionShape(f.signature(), canonical(f.outputs()), mutability));
    }
    final Map<String, FunctionShape> solidity = new TreeMap<>();
    for (final JsonNode entry : abi(contract)) {
      if (entry.path("type").asText().equals("function")) {
        final String signature = entry.get("name").asText() + canonicalList(entry.get("inputs"));
        solidity.put(signature, new FunctionShape(signature, outputs(entry.get("outputs")),
            entry.get("stateMutability").asText()));
      }
    }

    assertThat(java).as("functions of %s", module.getSimpleName()).isNotEmpty();
    assertThat(solidity.keySet()).as("%s.json functions vs %s", contract, module.getSimpleName())
        .containsExactlyElementsOf(java.keySet());
    assertThat(solidity).isEqualTo(java);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modules")
  void everyEventOfTheJavaModuleIsInTheSolidityInterfaceWithTheSameIndexedParameters(final String contract,
      final Class<?> module, final List<String> views, final List<String> payables) throws IOException {
    final Map<String, EventShape> java = new TreeMap<>();
    for (final AbiEvent e : constants(module, AbiEvent.class)) {
      final List<String> params = new ArrayList<>();
      for (int i = 0; i < e.types().size(); i++) {
        params.add(e.types().get(i).canonical() + (e.indexed().get(i) ? " indexed" : ""));
      }
      java.put(e.signature(), new EventShape(e.name() + "(" + String.join(",", params) + ")", false));
    }
    final Map<String, EventShape> solidity = new TreeMap<>();
    for (final JsonNode entry : abi(contract)) {
      if (entry.path("type").asText().equals("event")) {
        final List<String> params = new ArrayList<>();
        for (final JsonNode input : entry.get("inputs")) {
          params.add(canonical(input) + (input.get("indexed").asBoolean() ? " indexed" : ""));
        }
        final String name = entry.get("name").asText();
        solidity.put(name + canonicalList(entry.get("inputs")),
            new EventShape(name + "(" + String.join(",", params) + ")", entry.get("anonymous").asBoolean()));
      }
    }

    assertThat(java).as("events of %s", module.getSimpleName()).isNotEmpty();
    assertThat(solidity.keySet()).as("%s.json events vs %s", contract, module.getSimpleName())
        .containsExactlyElementsOf(java.keySet());
    assertThat(solidity).isEqualTo(java);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modules")
  void theInterfaceDeclaresOnlyFunctionsAndEvents(final String contract, final Class<?> module,
      final List<String> views, final List<String> payables) throws IOException {
    final List<String> kinds = new ArrayList<>();
    abi(contract).forEach(entry -> kinds.add(entry.get("type").asText()));
    // A constructor, fallback, receive or custom error would be something the Java module does not implement.
    assertThat(kinds).isNotEmpty().allMatch(k -> k.equals("function") || k.equals("event"));
  }

  // ---------------------------------------------------------------- JSON ABI to canonical types

  /** The canonical type of one JSON ABI parameter: tuples spelled out from their components, arrays kept. */
  private static String canonical(final JsonNode parameter) {
    final String type = parameter.get("type").asText();
    if (type.startsWith("tuple")) {
      return canonicalList(parameter.get("components")) + type.substring("tuple".length());
    }
    // Check through the Java parser so that aliases (uint, int) would be spelled the canonical way.
    return AbiType.parse(type).canonical();
  }

  /** {@code (t1,t2,...)} of a JSON parameter list. */
  private static String canonicalList(final JsonNode parameters) {
    final List<String> types = new ArrayList<>();
    parameters.forEach(p -> types.add(canonical(p)));
    return "(" + String.join(",", types) + ")";
  }

  private static String outputs(final JsonNode parameters) {
    final String tuple = canonicalList(parameters);
    return tuple.substring(1, tuple.length() - 1);
  }

  private static String canonical(final List<AbiType> types) {
    return types.stream().map(AbiType::canonical).collect(Collectors.joining(","));
  }

  // ---------------------------------------------------------------- sources

  private static JsonNode abi(final String contract) throws IOException {
    final Path file = ABI_DIR.resolve(contract + ".json");
    assertThat(file).as("run node contracts/build-abi.mjs").exists();
    final JsonNode root = JSON.readTree(Files.readString(file));
    assertThat(root.isArray()).as("%s is a JSON ABI array", file).isTrue();
    return root;
  }

  /** The module's {@code public static final} constants of {@code type}: its declared ABI. */
  private static <T> List<T> constants(final Class<?> module, final Class<T> type) {
    final List<T> values = new ArrayList<>();
    for (final Field field : module.getDeclaredFields()) {
      final int m = field.getModifiers();
      if (Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m) && type.isAssignableFrom(
          field.getType())) {
        try {
          values.add(type.cast(field.get(null)));
        } catch (final IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return values;
  }
}
