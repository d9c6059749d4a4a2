package io.tributary.node.cli.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.core.types.Address;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tributary keys list}: the address and file of every keystore file in the directory. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the keys in the keystore.")
public final class KeysListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--keystore", paramLabel = "DIR", defaultValue = KeysCommand.DEFAULT_KEYSTORE,
      description = "keystore directory (default: ${DEFAULT-VALUE})")
  Path keystore;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(keystore)) {
      spec.commandLine().getErr().println("error: no keystore directory at " + keystore);
      return 1;
    }
    final List<Path> files;
    try (Stream<Path> list = Files.list(keystore)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    }
    final ObjectMapper json = new ObjectMapper();
    int index = 0;
    for (final Path file : files) {
      final JsonNode node;
      try {
        node = json.readTree(file.toFile());
      } catch (IOException e) {
        continue; // not a keystore file
      }
      if (node != null && node.has("address") && node.path("version").asInt() == 3) {
        final String address = Address.fromHexString("0x" + node.get("address").asText().replaceFirst("^0x", ""))
            .toChecksumString();
        spec.commandLine().getOut().printf("#%d: %s %s%n", index++, address, file);
      }
    }
    if (index == 0) {
      spec.commandLine().getOut().println("no keys in " + keystore);
    }
    return 0;
  }
}
