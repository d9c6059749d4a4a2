package io.tributary.node.cli.tx;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionDecoder;
import io.tributary.core.transaction.TransactionInvalidReason;
import io.tributary.core.transaction.TransactionValidator;
import io.tributary.core.validation.ValidationResult;
import io.tributary.rpc.results.TransactionResult;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.tuweni.bytes.Bytes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tributary tx decode <hex>}: the transaction as JSON with its hash and sender, or why it is malformed. */
@Command(name = "decode", mixinStandardHelpOptions = true,
    description = "Decode a raw signed transaction (legacy, EIP-2930, EIP-1559; blob ones are named and refused).")
public final class TxDecodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "HEX", description = "the raw transaction, 0x-prefixed hex")
  String hex;

  @Option(names = "--chain-id", description = "also check the protocol rules for this chain id (default: ${DEFAULT-VALUE})",
      defaultValue = "7357")
  long chainId;

  @Override
  public Integer call() throws Exception {
    final Bytes raw;
    try {
      raw = Bytes.fromHexString(hex.strip());
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("error: not hex: " + e.getMessage());
      return 1;
    }
    final Transaction tx;
    try {
      tx = TransactionDecoder.decode(raw);
    } catch (DecodingException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return 1;
    }
    final Map<String, Object> json = TransactionResult.of(tx);
    final ValidationResult<TransactionInvalidReason> validity = TransactionValidator.tributary(chainId).validate(tx);
    json.put("valid", validity.isValid());
    if (!validity.isValid()) {
      json.put("invalidReason", validity.message());
    }
    spec.commandLine().getOut().println(
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
    return 0;
  }
}
