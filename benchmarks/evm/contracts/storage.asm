; storage: 128 slots of the contract, empty when it starts and empty again when it ends (so every run is alike).
; Pass 1, each slot cold: v = SLOAD (2,100 gas), SSTORE v + i + 1 (0 -> non-zero: 20,000). Pass 2, 64 rounds over
; the warm, dirty slots: SSTORE(slot, SLOAD(slot) + 1) (100 + 100). Pass 3: sum += SLOAD(slot), SSTORE(slot, 0)
; (back to the original zero: 100, refund 19,900 each). RETURNs the sum: 128*129/2 + 128*64 = 16,448.
; About 2.84M + 1.97M + 0.03M = 4.85M gas.
.const SLOTS 128
.const ROUNDS 64

  PUSH0                  ; [i]
fill:
  DUP1 SLOAD             ; [i v]
  DUP2 ADD PUSH1 1 ADD   ; [i v+i+1]
  DUP2 SSTORE            ; [i]
  PUSH1 1 ADD DUP1 PUSH SLOTS GT PUSH @fill JUMPI
  POP

  PUSH ROUNDS            ; [r]
round:
  PUSH0                  ; [r j]
bump:
  DUP1 SLOAD PUSH1 1 ADD DUP2 SSTORE
  PUSH1 1 ADD DUP1 PUSH SLOTS GT PUSH @bump JUMPI
  POP                    ; [r]
  PUSH1 1 SWAP1 SUB DUP1 PUSH @round JUMPI
  POP

  PUSH0 PUSH0            ; [sum i]
clear:
  DUP1 SLOAD             ; [sum i v]
  DUP3 ADD SWAP2 POP     ; [sum+v i]
  PUSH0 DUP2 SSTORE      ; slot i = 0
  PUSH1 1 ADD DUP1 PUSH SLOTS GT PUSH @clear JUMPI
  POP                    ; [sum]
  PUSH0 MSTORE
  PUSH1 32 PUSH0 RETURN
