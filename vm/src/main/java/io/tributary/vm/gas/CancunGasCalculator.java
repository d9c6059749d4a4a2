package io.tributary.vm.gas;

/**
 * Cancun: TLOAD/TSTORE (EIP-1153) cost a warm storage read and MCOPY (EIP-5656) is priced as the other copies; both
 * are defaults of the base schedule, so nothing is overridden. The class exists so that the fork has its name and
 * later forks extend it.
 */
public class CancunGasCalculator extends ShanghaiGasCalculator {}
