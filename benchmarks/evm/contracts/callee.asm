; callee of call.asm (at 0xb000000000000000000000000000000000000002): y = first input word + 1; RETURNs y, y*y.
  PUSH0 CALLDATALOAD PUSH1 1 ADD   ; [y]
  DUP1 PUSH0 MSTORE                ; mem[0] = y
  DUP1 MUL PUSH1 0x20 MSTORE       ; mem[32] = y*y
  PUSH1 0x40 PUSH0 RETURN
