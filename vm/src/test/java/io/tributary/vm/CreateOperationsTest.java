package io.tributary.vm;

import static io.tributary.vm.testing.Bytecode.code;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.vm.testing.Bytecode;
import io.tributary.vm.testing.EvmHarness;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Test;

class CreateOperationsTest {
  private final EvmHarness harness = new EvmHarness();

  /** Init code that deploys {@code runtime} (at most 32 bytes). */
  private static Bytecode deploying(final Bytes runtime) {
    return code().pushBytes(runtime).push(0).op("MSTORE").push(runtime.size()).push(32 - runtime.size())
        .op("RETURN");
  }

  /** Code that writes {@code initCode} to memory 0 and runs CREATE (or CREATE2 with salt 0) on it, returning the top. */
  private static Bytecode creating(final String op, final Bytes initCode, final long value) {
    Bytecode code = code();
    for (int i = 0; i < initCode.size(); i++) {
      code = code.push(initCode.get(i) & 0xff).push(i).op("MSTORE8");
    }
    if (op.equals("CREATE2")) {
      code = code.push(0);
    }
    return code.push(initCode.size()).push(0).push(value).op(op).returnTop();
  }

  @Test
  void createAddressesFollowTheSendersNonce() {
    final Address sender = Address.fromHexString("0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0");
    assertThat(ContractAddress.forCreate(sender, 0))
        .isEqualTo(Address.fromHexString("0xcd234a471b72ba2f1ccf0a70fcaba648a5eecd8d"));
    assertThat(ContractAddress.forCreate(sender, 1))
        .isEqualTo(Address.fromHexString("0x343c43a37d37dff08ae8c4a11544c718abb4fcf8"));
  }

  @Test
  void create2AddressesMatchEip1014Examples() {
    final Bytes32 initCodeHash = Hash.hash(Bytes.of(0));
    assertThat(ContractAddress.forCreate2(Address.ZERO, Bytes32.ZERO, initCodeHash))
        .isEqualTo(Address.fromHexString("0x4D1A2e2bB4F88F0250f26Ffff098B0b30B26BF38"));
    assertThat(ContractAddress.forCreate2(Address.fromHexString("0xdeadbeef00000000000000000000000000000000"),
        Bytes32.ZERO, initCodeHash)).isEqualTo(Address.fromHexString("0xB928f69Bb1D91Cd65274e3c79d8986362984fDA3"));
  }

  @Test
  void createDeploysTheInitCodesOutputAtTheDerivedAddress() {
    final Bytes runtime = Bytes.fromHexString("0x602a60005260206000f3");
    final ExecutionResult result = harness.run(creating("CREATE", deploying(runtime).bytes(), 0).toString());
    final Address expected = ContractAddress.forCreate(EvmHarness.CONTRACT, 1);
    assertThat(result.output().slice(12)).isEqualTo(expected);
    assertThat(harness.world.code(expected)).isEqualTo(runtime);
    assertThat(harness.world.nonce(expected)).isEqualTo(1);
    assertThat(harness.world.nonce(EvmHarness.CONTRACT)).isEqualTo(2);
    assertThat(result.createdAccounts()).containsExactly(expected);
  }

  @Test
  void create2DeploysAtTheSaltedAddress() {
    final Bytes initCode = deploying(Bytes.of(0)).bytes();
    final ExecutionResult result = harness.run(creating("CREATE2", initCode, 0).toString());
    assertThat(result.output().slice(12))
        .isEqualTo(ContractAddress.forCreate2(EvmHarness.CONTRACT, Bytes32.ZERO, Hash.hash(initCode)));
  }

  @Test
  void aRevertingInitCodeLeavesItsOutputAsReturnData() {
    final Bytes initCode = code().push(0xee).push(0).op("MSTORE").push(32).push(0).op("REVERT").bytes();
    final Bytecode code = creating("CREATE", initCode, 0);
    final ExecutionResult pushed = harness.run(code.toString());
    assertThat(UInt256.fromBytes(pushed.output())).isEqualTo(UInt256.ZERO);
    final Bytecode size = creating("CREATE", initCode, 0);
    final String withSize = size.toString().replace(code().returnTop().toString(), "")
        + code().op("POP", "RETURNDATASIZE").returnTop();
    assertThat(UInt256.fromBytes(harness.run(withSize).output())).isEqualTo(UInt256.valueOf(32));
  }

  @Test
  void codeLargerThan24576BytesIsNotDeployed() {
    final Bytes initCode = code().push(24577).push(0).op("RETURN").bytes();
    final Address address = Address.fromHexString("0x00000000000000000000000000000000000c0de1");
    final ExecutionResult result = harness.create(address, Wei.ZERO, initCode, EvmHarness.GAS * 10);
    assertThat(result.haltReason()).isEqualTo(HaltReason.CODE_SIZE_EXCEEDED);
    assertThat(harness.world.exists(address)).isFalse();
  }

  @Test
  void codeStartingWith0xEfIsRejected() {
    final Bytes initCode = code().push(0xef).push(0).op("MSTORE8").push(1).push(0).op("RETURN").bytes();
    final Address address = Address.fromHexString("0x00000000000000000000000000000000000c0de1");
    assertThat(harness.create(address, Wei.ZERO, initCode, EvmHarness.GAS).haltReason())
        .isEqualTo(HaltReason.INVALID_CODE_PREFIX);
  }

  @Test
  void codeDepositCosts200GasPerByte() {
    final Bytes initCode = deploying(Bytes.fromHexString("0x0102030405")).bytes();
    final Address address = Address.fromHexString("0x00000000000000000000000000000000000c0de1");
    final ExecutionResult result = harness.create(address, Wei.ZERO, initCode, EvmHarness.GAS);
    // PUSH5, PUSH1, MSTORE (3 + memory 3), PUSH1, PUSH1, RETURN: 18; deposit 5 * 200.
    assertThat(result.gasUsed(EvmHarness.GAS)).isEqualTo(18 + 1000);
    assertThat(result.createdAddress()).contains(address);
  }

  @Test
  void initCodeOver49152BytesHalts() {
    final ExecutionResult result = harness.run(code().push(49153).push(0).push(0).op("CREATE").toString());
    assertThat(result.haltReason()).isEqualTo(HaltReason.INITCODE_SIZE_EXCEEDED);
  }

  @Test
  void initCodeIsChargedTwoGasPerWord() {
    // CREATE of 64 zero bytes (init code STOPs at once): 32,000 + 2 * 2 words + memory for 2 words (6).
    final ExecutionResult result = harness.run(code().push(64).push(0).push(0).op("CREATE", "STOP").toString());
    assertThat(result.gasUsed(EvmHarness.GAS)).isEqualTo(9 + 32000 + 4 + 6);
  }

  @Test
  void creatingOverAnAccountWithANonceCollides() {
    harness.world.account(EvmHarness.OTHER, 1, Wei.ZERO, Bytes.EMPTY);
    final ExecutionResult result = harness.create(EvmHarness.OTHER, Wei.ZERO, Bytes.of(0), EvmHarness.GAS);
    assertThat(result.haltReason()).isEqualTo(HaltReason.CONTRACT_ADDRESS_COLLISION);
    assertThat(result.gasLeft()).isZero();
  }

  @Test
  void creatingOverAnAccountWithStorageCollides() {
    harness.world.storage(EvmHarness.OTHER, 1, 1);
    assertThat(harness.create(EvmHarness.OTHER, Wei.ZERO, Bytes.of(0), EvmHarness.GAS).haltReason())
        .isEqualTo(HaltReason.CONTRACT_ADDRESS_COLLISION);
  }

  @Test
  void createInAStaticFrameHalts() {
    harness.world.contract(EvmHarness.OTHER, code().push(0).push(0).push(0).op("CREATE", "STOP").toString());
    final ExecutionResult result = harness.run(code().push(0).push(0).push(0).push(0).pushBytes(EvmHarness.OTHER)
        .op("GAS", "STATICCALL").returnTop().toString());
    assertThat(UInt256.fromBytes(result.output())).isEqualTo(UInt256.ZERO);
  }
}
