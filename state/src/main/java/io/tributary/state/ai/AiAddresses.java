package io.tributary.state.ai;

import io.tributary.core.types.Address;

/** The reserved addresses of Tributary's native AI modules (0x...a7000 is the treasury). */
public final class AiAddresses {
  public static final Address TREASURY = Address.fromHexString("0x00000000000000000000000000000000000a7000");
  public static final Address DATASET_REGISTRY = Address.fromHexString("0x00000000000000000000000000000000000a7001");
  public static final Address MODEL_REGISTRY = Address.fromHexString("0x00000000000000000000000000000000000a7002");
  public static final Address ATTRIBUTION = Address.fromHexString("0x00000000000000000000000000000000000a7003");

  private AiAddresses() {}
}
