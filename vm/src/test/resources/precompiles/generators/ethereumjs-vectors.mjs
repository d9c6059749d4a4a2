// Generates precompile vectors with @ethereumjs/evm (an independent implementation) for Tributary's tests.
import { createEVM } from '@ethereumjs/evm'
import { Common, Mainnet, Hardfork } from '@ethereumjs/common'
import { createAddressFromString, hexToBytes, bytesToHex } from '@ethereumjs/util'
import { bn254 } from '@noble/curves/bn254.js'
import { writeFileSync } from 'fs'

const common = new Common({ chain: Mainnet, hardfork: Hardfork.Cancun })
const evm = await createEVM({ common })
const addr = (n) => createAddressFromString('0x' + n.toString(16).padStart(40, '0'))

let seed = 0x1234567n
function rnd() { seed = (seed * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n); return seed }
function rndBig(bits) { let v = 0n; for (let i = 0; i < bits; i += 64) v = (v << 64n) | rnd(); return v & ((1n << BigInt(bits)) - 1n) }
function rndHex(len) { let s = ''; for (let i = 0; i < len; i++) s += (Number(rnd() >> 56n)).toString(16).padStart(2, '0'); return s }
const w = (v) => v.toString(16).padStart(64, '0')

async function run(a, hex, gasLimit) {
  const r = await evm.runCall({ to: addr(a), data: hexToBytes('0x' + hex), gasLimit })
  return r.execResult
}
// Least gas limit with which the call does not run out of gas: the precompile's price.
async function price(a, hex) {
  let lo = 0n, hi = 1n << 40n
  const hiRes = await run(a, hex, hi)
  if (hiRes.exceptionError && hiRes.exceptionError.error === 'out of gas') return null
  while (lo < hi) {
    const mid = (lo + hi) / 2n
    const r = await run(a, hex, mid)
    if (r.exceptionError && r.exceptionError.error === 'out of gas') lo = mid + 1n; else hi = mid
  }
  return lo
}
async function vector(a, name, hex) {
  const gas = await price(a, hex)
  if (gas === null) return { name, input: hex, gas: 'out of any gas', output: null }
  const r = await run(a, hex, gas)
  const failed = r.exceptionError !== undefined
  // A failing call consumes all the gas it is given, so its price is not observable: recorded as null.
  return { name, input: hex, gas: failed ? null : Number(gas), output: failed ? null : bytesToHex(r.returnValue).slice(2) }
}

const out = {}
// 0x01 ecrecover
{
  const h = '18c547e4f7b0f325ad1e56f57e26c745b09a3de503d86e00e5255ff7f715d3d1'
  const r = '73b1693892219d736caba55bdb67216e485557ea6b6af75f37096c9aa6a5a75f'
  const s = 'eeb940b1d03b21e36b0e47e79769f095fe2ab855bd91e3a38756b7d75a9c4549'
  const n = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n
  const sLow = w(n - BigInt('0x' + s))
  const v = []
  v.push(await vector(1, 'valid signature, v = 28, high s', h + w(28n) + r + s))
  v.push(await vector(1, 'same signature, low s with v = 27', h + w(27n) + r + sLow))
  v.push(await vector(1, 'v = 27 recovers another key', h + w(27n) + r + s))
  v.push(await vector(1, 'v = 29 is invalid', h + w(29n) + r + s))
  v.push(await vector(1, 'v with a non-zero high byte is invalid', h + '01' + w(28n).slice(2) + r + s))
  v.push(await vector(1, 'r = 0 is invalid', h + w(28n) + w(0n) + s))
  v.push(await vector(1, 's = n is invalid', h + w(28n) + r + w(n)))
  v.push(await vector(1, 'r = n is invalid', h + w(28n) + w(n) + s))
  v.push(await vector(1, 'trailing bytes past 128 are ignored', h + w(28n) + r + s + 'ffff'))
  v.push(await vector(1, 'short input reads as zero-padded', h + w(28n) + r + s.slice(0, 40)))
  v.push(await vector(1, 'empty input', ''))
  for (let i = 0; i < 6; i++) {
    v.push(await vector(1, 'random r and s ' + i, rndHex(32) + w(27n + BigInt(i % 2)) + rndHex(32) + rndHex(32)))
  }
  out.ecrecover = v
}
// 0x02, 0x03, 0x04
for (const [a, name] of [[2, 'sha256'], [3, 'ripemd160'], [4, 'identity']]) {
  const v = []
  for (const len of [0, 1, 31, 32, 33, 64, 100, 1024]) v.push(await vector(a, len + ' bytes', rndHex(len)))
  out[name] = v
}
// 0x05 modexp
{
  const v = []
  v.push(await vector(5, 'EIP-198: 3^(p-1) mod p for the secp256k1 p', w(1n) + w(32n) + w(32n) + '03' +
    'fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2e' + 'fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f'))
  v.push(await vector(5, 'EIP-198: zero-length base', w(0n) + w(32n) + w(32n) +
    'fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2e' + 'fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f'))
  v.push(await vector(5, 'EIP-198: huge lengths with no data', w(0n) + w((1n << 256n) - 1n) + w((1n << 256n) - 1n)))
  v.push(await vector(5, 'empty input', ''))
  v.push(await vector(5, 'zero modulus of 4 bytes', w(1n) + w(1n) + w(4n) + '05' + '03' + '00000000'))
  v.push(await vector(5, 'modulus length zero, base non-empty', w(2n) + w(1n) + w(0n) + 'ffff' + '03'))
  v.push(await vector(5, '0^0 mod 7 is 1', w(1n) + w(1n) + w(1n) + '00' + '00' + '07'))
  v.push(await vector(5, 'truncated data reads as zeros', w(8n) + w(40n) + w(8n) + 'ab'))
  v.push(await vector(5, 'exponent of 40 bytes with leading zeros', w(1n) + w(40n) + w(32n) + '02' + '00'.repeat(33) + 'ffffffffffffff' + rndHex(32)))
  v.push(await vector(5, 'huge base length, exponent head past the input', w(1n << 64n) + w(32n) + w(32n) + rndHex(20)))
  const shapes = [[1, 1, 1], [32, 32, 32], [64, 32, 64], [3, 50, 5], [100, 3, 100], [128, 64, 128], [256, 2, 256], [17, 33, 9], [0, 5, 40], [48, 0, 48], [512, 1, 512]]
  let i = 0
  for (const [b, e, m] of shapes) {
    v.push(await vector(5, `random base ${b}, exponent ${e}, modulus ${m} bytes (${i++})`,
      w(BigInt(b)) + w(BigInt(e)) + w(BigInt(m)) + rndHex(b) + rndHex(e) + rndHex(m)))
  }
  out.modexp = v
}
// 0x06 - 0x08 bn254
{
  const G1 = bn254.G1.Point, G2 = bn254.G2.Point
  const Fr = 21888242871839275222246405745257275088548364400416034343698204186575808495617n
  const P = 21888242871839275222246405745257275088696311157297823662689037894645226208583n
  const enc1 = (pt) => { if (pt.equals(G1.ZERO)) return w(0n) + w(0n); const a = pt.toAffine(); return w(a.x) + w(a.y) }
  const enc2 = (pt) => { if (pt.equals(G2.ZERO)) return w(0n).repeat(4); const a = pt.toAffine(); return w(a.x.c1) + w(a.x.c0) + w(a.y.c1) + w(a.y.c0) }
  const rs = () => (rndBig(256) % (Fr - 1n)) + 1n
  const add = [], mul = [], pair = []
  const p1 = G1.BASE.multiply(rs()), p2 = G1.BASE.multiply(rs())
  add.push(await vector(6, 'two random points', enc1(p1) + enc1(p2)))
  add.push(await vector(6, 'a point plus itself (doubling)', enc1(p1) + enc1(p1)))
  add.push(await vector(6, 'a point plus its negation', enc1(p1) + enc1(p1.negate())))
  add.push(await vector(6, 'infinity plus a point', w(0n) + w(0n) + enc1(p2)))
  add.push(await vector(6, 'empty input is infinity plus infinity', ''))
  add.push(await vector(6, 'generator plus generator', w(1n) + w(2n) + w(1n) + w(2n)))
  add.push(await vector(6, 'trailing bytes are ignored', enc1(p1) + enc1(p2) + 'ff'.repeat(16)))
  add.push(await vector(6, 'short input is zero-padded (second point infinity)', enc1(p1) + '00'.repeat(20)))
  add.push(await vector(6, 'point off the curve fails', w(1n) + w(3n) + enc1(p2)))
  add.push(await vector(6, 'coordinate equal to p fails', w(P) + w(2n) + enc1(p2)))
  add.push(await vector(6, 'x = p + 1 (same residue as the generator) fails', w(P + 1n) + w(2n) + w(0n) + w(0n)))
  out.bn254Add = add
  const sc = [0n, 1n, 2n, 9n, Fr - 1n, Fr, Fr + 1n, (1n << 256n) - 1n, rndBig(256), rndBig(256)]
  for (const k of sc) mul.push(await vector(7, 'random point times 0x' + k.toString(16), enc1(p1) + w(k)))
  mul.push(await vector(7, 'generator times 2', w(1n) + w(2n) + w(2n)))
  mul.push(await vector(7, 'infinity times a scalar', w(0n) + w(0n) + w(12345n)))
  mul.push(await vector(7, 'short scalar is zero-padded', enc1(p2) + '01'))
  mul.push(await vector(7, 'point off the curve fails', w(1n) + w(3n) + w(5n)))
  mul.push(await vector(7, 'coordinate above p fails', w(P + 1n) + w(2n) + w(5n)))
  out.bn254Mul = mul
  const a = rs(), b = rs()
  const ab = (a * b) % Fr
  pair.push(await vector(8, 'empty input is true', ''))
  pair.push(await vector(8, 'e(aP, bQ) * e(-abP, Q) = 1', enc1(G1.BASE.multiply(a)) + enc2(G2.BASE.multiply(b)) + enc1(G1.BASE.multiply(ab).negate()) + enc2(G2.BASE)))
  pair.push(await vector(8, 'e(aP, bQ) * e(abP, Q) != 1', enc1(G1.BASE.multiply(a)) + enc2(G2.BASE.multiply(b)) + enc1(G1.BASE.multiply(ab)) + enc2(G2.BASE)))
  pair.push(await vector(8, 'single pair with the generators is false', enc1(G1.BASE) + enc2(G2.BASE)))
  pair.push(await vector(8, 'single pair with infinity in G1 is true', w(0n) + w(0n) + enc2(G2.BASE)))
  pair.push(await vector(8, 'single pair with infinity in G2 is true', enc1(G1.BASE) + w(0n).repeat(4)))
  pair.push(await vector(8, 'three pairs that cancel', enc1(G1.BASE.multiply(a)) + enc2(G2.BASE) + enc1(G1.BASE.multiply(b)) + enc2(G2.BASE) + enc1(G1.BASE.multiply((a + b) % Fr).negate()) + enc2(G2.BASE)))
  pair.push(await vector(8, 'length not a multiple of 192 fails', enc1(G1.BASE) + enc2(G2.BASE) + '00'))
  pair.push(await vector(8, 'G1 point off the curve fails', w(1n) + w(3n) + enc2(G2.BASE)))
  pair.push(await vector(8, 'G2 point off the twist fails', enc1(G1.BASE) + w(1n) + w(2n) + w(3n) + w(4n)))
  pair.push(await vector(8, 'G2 coordinate above p fails', enc1(G1.BASE) + w(P + 5n) + enc2(G2.BASE).slice(64)))
  // A point of the twist outside the order-r subgroup.
  const Fp2 = bn254.fields.Fp2
  const bt = Fp2.div(Fp2.fromBigTuple([3n, 0n]), Fp2.fromBigTuple([9n, 1n]))
  let bad = null
  for (let x = 1n; bad === null; x++) {
    const X = Fp2.fromBigTuple([x, 0n])
    const rhs = Fp2.add(Fp2.mul(Fp2.sqr(X), X), bt)
    try { const Y = Fp2.sqrt(rhs); if (Fp2.eql(Fp2.sqr(Y), rhs)) bad = { x: X, y: Y } } catch (e) {}
  }
  pair.push(await vector(8, 'G2 point on the twist but not in the subgroup fails', enc1(G1.BASE) + w(bad.x.c1) + w(bad.x.c0) + w(bad.y.c1) + w(bad.y.c0)))
  out.bn254Pairing = pair
}
// 0x09 blake2f: the EIP-152 vectors (the state is the BLAKE2b-512 IV with the parameter block, message "abc").
{
  const iv = ['6a09e667f3bcc908', 'bb67ae8584caa73b', '3c6ef372fe94f82b', 'a54ff53a5f1d36f1', '510e527fade682d1', '9b05688c2b3e6c1f', '1f83d9abfb41bd6b', '5be0cd19137e2179'].map((h) => BigInt('0x' + h))
  const le = (v) => { let s = ''; for (let i = 0; i < 8; i++) s += ((v >> BigInt(8 * i)) & 0xffn).toString(16).padStart(2, '0'); return s }
  const h = [iv[0] ^ 0x01010040n, ...iv.slice(1)].map(le).join('')
  const m = '616263' + '00'.repeat(125)
  const t = le(3n) + le(0n)
  const r = (n) => n.toString(16).padStart(8, '0')
  const v = []
  v.push(await vector(9, 'EIP-152 vector 4: 0 rounds', r(0) + h + m + t + '01'))
  v.push(await vector(9, 'EIP-152 vector 5: 12 rounds (BLAKE2b-512 of "abc")', r(12) + h + m + t + '01'))
  v.push(await vector(9, 'EIP-152 vector 6: not the final block', r(12) + h + m + t + '00'))
  v.push(await vector(9, 'EIP-152 vector 7: 1 round', r(1) + h + m + t + '01'))
  v.push(await vector(9, 'random state and message, 20 rounds', r(20) + rndHex(64) + rndHex(128) + rndHex(16) + '00'))
  v.push(await vector(9, 'EIP-152 vector 0: empty input fails', ''))
  v.push(await vector(9, 'EIP-152 vector 1: 212 bytes fails', r(12).slice(2) + h + m + t + '01'))
  v.push(await vector(9, 'EIP-152 vector 2: 214 bytes fails', '00' + r(12) + h + m + t + '01'))
  v.push(await vector(9, 'EIP-152 vector 3: final flag 2 fails', r(12) + h + m + t + '02'))
  out.blake2f = v
}
for (const [k, v] of Object.entries(out)) {
  writeFileSync(process.argv[2] + '/' + k + '.json', JSON.stringify(v, null, 1) + '\n')
  console.log(k, v.length, v.filter((x) => x.output === null).length, 'failing')
}
