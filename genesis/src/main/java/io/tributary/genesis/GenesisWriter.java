package io.tributary.genesis;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.state.ai.AiParams;
import io.tributary.state.gov.AiParameter;
import io.tributary.state.gov.ChainParameter;
import io.tributary.state.gov.GovParams;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * Writes a genesis file as a stream, one account at a time, so that a state of any size is written in constant memory
 * ({@code tributary export}): {@link #begin} writes {@code config} and the header fields, then {@link #account} and
 * {@link #slot} the {@code alloc}, and {@link #finish} ends the file. Numbers are 0x-hex, storage slots and values
 * without leading zeros; an account's zero nonce and empty code are left out.
 */
public final class GenesisWriter {
  /** The chain-wide settings of a genesis file: everything but the alloc. */
  public record Settings(long chainId, List<Address> validators, GovParams governance, AiParams ai,
      Map<ChainParameter, Long> chain, long gasLimit, Wei baseFeePerGas, long timestamp) {}

  private final JsonGenerator json;
  private boolean inAccount;
  private boolean inStorage;

  public GenesisWriter(final OutputStream out) {
    try {
      json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
      json.setPrettyPrinter(new DefaultPrettyPrinter());
    } catch (final IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code config} (with every protocol parameter, by the names proposals use) and the header fields. */
  public void begin(final Settings settings) {
    try {
      json.writeStartObject();
      json.writeObjectFieldStart("config");
      json.writeNumberField("chainId", settings.chainId());
      json.writeObjectFieldStart("tributary");
      json.writeArrayFieldStart("validators");
      for (final Address validator : settings.validators()) {
        json.writeString(validator.toHexString());
      }
      json.writeEndArray();
      final GovParams g = settings.governance();
      json.writeObjectFieldStart("governance");
      json.writeStringField("minDeposit", g.minDeposit().toBigInteger().toString());
      json.writeNumberField("depositPeriod", g.depositPeriod());
      json.writeNumberField("votingPeriod", g.votingPeriod());
      json.writeNumberField("quorumBps", g.quorumBps());
      json.writeNumberField("thresholdBps", g.thresholdBps());
      json.writeNumberField("vetoBps", g.vetoBps());
      json.writeEndObject();
      for (final String section : List.of("attribution", "ai")) {
        json.writeObjectFieldStart(section);
        for (final AiParameter p : AiParameter.values()) {
          if (p.key().startsWith(section + ".")) {
            json.writeNumberField(p.key().substring(section.length() + 1), p.of(settings.ai()));
          }
        }
        json.writeEndObject();
      }
      json.writeObjectFieldStart("chain");
      for (final Map.Entry<ChainParameter, Long> entry : settings.chain().entrySet()) {
        if (entry.getKey() != ChainParameter.GAS_LIMIT) {
          json.writeNumberField(entry.getKey().key().substring("chain.".length()), entry.getValue());
        }
      }
      json.writeEndObject();
      json.writeEndObject(); // tributary
      json.writeEndObject(); // config
      json.writeStringField("gasLimit", hex(BigInteger.valueOf(settings.gasLimit())));
      json.writeStringField("baseFeePerGas", hex(settings.baseFeePerGas().toBigInteger()));
      json.writeStringField("timestamp", hex(BigInteger.valueOf(settings.timestamp())));
      json.writeObjectFieldStart("alloc");
    } catch (final IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts an account of the alloc; its slots follow through {@link #slot}. */
  public void account(final Address address, final Wei balance, final long nonce, final Bytes code) {
    try {
      endAccount();
      json.writeObjectFieldStart(address.toHexString());
      json.writeStringField("balance", hex(balance.toBigInteger()));
      if (nonce != 0) {
        json.writeStringField("nonce", hex(BigInteger.valueOf(nonce)));
      }
      if (!code.isEmpty()) {
        json.writeStringField("code", code.toHexString());
      }
      inAccount = true;
    } catch (final IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One storage slot of the account last started. */
  public void slot(final UInt256 slot, final UInt256 value) {
    if (!inAccount) {
      throw new IllegalStateException("a slot belongs to an account: call account first");
    }
    try {
      if (!inStorage) {
        json.writeObjectFieldStart("storage");
        inStorage = true;
      }
      json.writeStringField(hex(slot.toBigInteger()), hex(value.toBigInteger()));
    } catch (final IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void endAccount() throws IOException {
    if (inStorage) {
      json.writeEndObject();
      inStorage = false;
    }
    if (inAccount) {
      json.writeEndObject();
      inAccount = false;
    }
  }

  /** Ends the alloc and the file, and flushes (the stream stays open: its owner closes it). */
  public void finish() {
    try {
      endAccount();
      json.writeEndObject(); // alloc
      json.writeEndObject();
      json.writeRaw('\n');
      json.flush();
    } catch (final IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String hex(final BigInteger value) {
    return "0x" + value.toString(16);
  }
}
