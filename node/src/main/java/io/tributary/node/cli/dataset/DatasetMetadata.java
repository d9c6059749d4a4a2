package io.tributary.node.cli.dataset;

import io.tributary.core.types.Address;
import io.tributary.node.cli.chain.ModuleCallFailed;
import io.tributary.poa.SealedSketch;
import org.apache.tuweni.bytes.Bytes32;
import picocli.CommandLine.Option;

/** What a dataset is registered with besides its sketch: name, metadata URI, licence, content root, owner. */
public final class DatasetMetadata {
  @Option(names = "--name", required = true, paramLabel = "NAME", description = "the dataset's name")
  String name;

  @Option(names = "--uri", paramLabel = "URI", defaultValue = "",
      description = "where the dataset's metadata lives (e.g. ipfs://...)")
  String uri;

  @Option(names = "--licence", paramLabel = "LICENCE", defaultValue = "", description = "e.g. CC-BY-4.0")
  String licence;

  @Option(names = "--content-root", paramLabel = "0xHASH",
      description = "a 32-byte commitment to the corpus itself (default: zero)")
  String contentRoot;

  @Option(names = "--owner", paramLabel = "ADDRESS",
      description = "who receives the royalties (default: the signer)")
  String owner;

  long register(final DatasetTransactions transactions, final SealedSketch sketch, final Address signer)
      throws ModuleCallFailed {
    final Bytes32 root;
    final Address payee;
    try {
      root = contentRoot == null ? Bytes32.ZERO : Bytes32.fromHexString(contentRoot);
    } catch (final RuntimeException e) {
      throw new IllegalArgumentException("--content-root must be 32 bytes hex");
    }
    try {
      payee = owner == null ? signer : Address.fromHexString(owner);
    } catch (final RuntimeException e) {
      throw new IllegalArgumentException("--owner must be a 20-byte hex address");
    }
    return transactions.register(sketch, name, uri, root, licence, payee);
  }
}
