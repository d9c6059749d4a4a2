; call: 12,000 rounds, each a CALL and a STATICCALL to callee.asm (at 0xb000...0002, cold for the first CALL only)
; with one input word i (the round) and 64 bytes of return data; RETURNDATACOPY of the last; sum += both success
; flags + the three words returned in memory. RETURNs the sum. About 430 gas a round (2 x 100 for the warm
; calls, the callee's ~40 each), 5.2M gas in all.
.const ROUNDS 12000
.const CALLEE 0xb000000000000000000000000000000000000002

  PUSH0 PUSH0            ; [acc i]
loop:
  DUP1 PUSH0 MSTORE      ; mem[0] = i
  PUSH1 0x40 PUSH1 0x40 PUSH1 0x20 PUSH0 PUSH0 PUSH20 CALLEE GAS CALL        ; [acc i ok1], out at 0x40
  PUSH1 0x40 PUSH1 0x80 PUSH1 0x20 PUSH0 PUSH20 CALLEE GAS STATICCALL        ; [acc i ok1 ok2], out at 0x80
  ADD                    ; [acc i x]
  PUSH1 0x40 PUSH0 PUSH1 0xc0 RETURNDATACOPY    ; returndata -> 0xc0
  PUSH1 0x40 MLOAD ADD PUSH1 0x80 MLOAD ADD PUSH1 0xe0 MLOAD ADD
  DUP3 ADD SWAP2 POP     ; [acc' i]
  PUSH1 1 ADD DUP1 PUSH ROUNDS GT PUSH @loop JUMPI
  POP                    ; [acc]
  PUSH0 MSTORE
  PUSH1 32 PUSH0 RETURN
