package io.tributary.core.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.encoding.DecodingError;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.testing.EthereumTestVectors;
import io.tributary.core.types.Address;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class KeyStoreFileTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> decryptsEveryKeyStoreTestsVector() throws IOException {
    final List<DynamicTest> tests = new ArrayList<>();
    final JsonNode root = JSON.readTree(EthereumTestVectors.dir("KeyStoreTests").resolve("basic_tests.json").toFile());
    for (final Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      final Map.Entry<String, JsonNode> vector = it.next();
      tests.add(DynamicTest.dynamicTest(vector.getKey(), () -> {
        final KeyPair keys = KeyStoreFile.decrypt(JSON.writeValueAsString(vector.getValue().get("json")),
            vector.getValue().get("password").asText());
        assertThat(keys.privateKey().toUnprefixedHexString()).isEqualTo(vector.getValue().get("priv").asText());
      }));
    }
    assertThat(tests).hasSizeGreaterThanOrEqualTo(4);
    return tests.stream();
  }

  @Test
  void writesAScryptKeystoreThatDecryptsToTheSameKey() throws IOException {
    final KeyPair keys = SignatureAlgorithms.get().generateKeyPair();
    final String json = KeyStoreFile.encrypt(keys, "correct horse", KeyStoreFile.LIGHT);
    final JsonNode node = JSON.readTree(json);
    assertThat(node.get("version").asInt()).isEqualTo(3);
    assertThat(node.get("address").asText()).isEqualTo(keys.address().toUnprefixedHexString());
    assertThat(node.get("crypto").get("kdf").asText()).isEqualTo("scrypt");
    assertThat(json).doesNotContain(keys.privateKey().toUnprefixedHexString());
    assertThat(KeyStoreFile.decrypt(json, "correct horse")).isEqualTo(keys);
  }

  @Test
  void refusesAWrongPassword() {
    final String json = KeyStoreFile.encrypt(SignatureAlgorithms.get().generateKeyPair(), "right", KeyStoreFile.LIGHT);
    assertThatThrownBy(() -> KeyStoreFile.decrypt(json, "wrong"))
        .isInstanceOfSatisfying(DecodingException.class,
            e -> assertThat(e.error()).isEqualTo(DecodingError.WRONG_PASSWORD));
  }

  @Test
  void namesTheJsonPathOfAMalformedKeystore() {
    assertThatThrownBy(() -> KeyStoreFile.decrypt("{not json", "x")).isInstanceOf(DecodingException.class)
        .hasMessageContaining("invalid JSON");
    assertThatThrownBy(() -> KeyStoreFile.decrypt("{\"version\":3,\"crypto\":{\"cipher\":\"aes-128-ctr\"}}", "x"))
        .hasMessageContaining("crypto.cipherparams.iv");
    assertThatThrownBy(() -> KeyStoreFile.decrypt("{\"version\":3,\"crypto\":{\"cipher\":\"aes-256-gcm\"}}", "x"))
        .hasMessageContaining("crypto.cipher: aes-256-gcm");
    assertThatThrownBy(() -> KeyStoreFile.decrypt("{\"version\":1}", "x")).hasMessageContaining("version 3");
  }

  @Test
  void namesFilesAsGethDoes() {
    assertThat(KeyStoreFile.fileName(Address.fromHexString("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"),
        Instant.parse("2026-11-24T23:59:59.123456789Z")))
        .isEqualTo("UTC--2026-11-24T23-59-59.123456789Z--f39fd6e51aad88f6f4ce6ab8827279cfffb92266");
  }
}
