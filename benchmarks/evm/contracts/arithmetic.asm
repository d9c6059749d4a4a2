; arithmetic: 25,000 rounds of 256-bit arithmetic on one running word a, then RETURN a (32 bytes).
; Each round: a = a*K1 + K2; a += a*a mod P (MULMOD); a ^= (a + K3) mod P (ADDMOD); a ^= a**0xc5 (EXP, 1-byte
; exponent); a += a / D (DIV by a 128-bit word: long division); a ^= a % M (MOD by a 192-bit word); a += a sdiv S
; (SDIV by a 72-bit word); about 197 gas a round, 4.9M gas in all. No memory but the final word, no storage.
.const ROUNDS 25000
.const SEED 0x6a09e667f3bcc908bb67ae8584caa73b3c6ef372fe94f82ba54ff53a5f1d36f1
.const K1   0x510e527fade682d19b05688c2b3e6c1f1f83d9abfb41bd6b5be0cd19137e2179
.const K2   0x428a2f98d728ae227137449123ef65cdb5c0fbcfec4d3b2fe9b5dba58189dbbd
.const K3   0x3956c25bf348b53859f111f1b605d019923f82a4af194f9bab1c5ed5da6d8118
.const P    0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f
.const D    0x9b05688c2b3e6c1f1f83d9abfb41bd6b
.const M    0xd807aa98a303024212835b0145706fbe243185be4ee4b28c
.const S    0x72be5d74f27b896f55

  PUSH32 SEED            ; [a]
  PUSH ROUNDS            ; [a i]
loop:
  SWAP1                  ; [i a]
  PUSH32 K1 MUL          ; a*K1
  PUSH32 K2 ADD          ; + K2
  PUSH32 P DUP2 DUP1 MULMOD ADD        ; a += a*a mod P
  PUSH32 P DUP2 PUSH32 K3 ADDMOD XOR   ; a ^= (K3 + a) mod P
  PUSH1 0xc5 DUP2 EXP XOR              ; a ^= a**0xc5
  PUSH16 D DUP2 DIV ADD                ; a += a / D
  PUSH24 M DUP2 MOD XOR                ; a ^= a % M
  PUSH9 S DUP2 SDIV ADD                ; a += a sdiv S
  SWAP1                  ; [a i]
  PUSH1 1 SWAP1 SUB      ; [a i-1]
  DUP1 PUSH @loop JUMPI
  POP                    ; [a]
  PUSH0 MSTORE
  PUSH1 32 PUSH0 RETURN
