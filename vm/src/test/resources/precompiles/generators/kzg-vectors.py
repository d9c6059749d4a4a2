# KZG point evaluation vectors for Tributary's 0x0a tests, made with the ckzg Python binding and the mainnet setup.
# python kzg-vectors.py OUT.json vm/src/main/resources/io/tributary/vm/precompile/kzg-trusted-setup-mainnet.txt
import ckzg, hashlib, json, random, sys
ts = ckzg.load_trusted_setup(sys.argv[2], 0)
MOD = 52435875175126190479447740508185965837690552500527637822603658699938581184513
rng = random.Random(4844)
def fe(): return (rng.randrange(MOD)).to_bytes(32, "big")
blob = b"".join(fe() for _ in range(4096))
c = ckzg.blob_to_kzg_commitment(blob, ts)
vh = b"\x01" + hashlib.sha256(c).digest()[1:]
out = "0000000000000000000000000000000000000000000000000000000000001000" + MOD.to_bytes(32, "big").hex()
vs = []
def add(name, inp, ok):
    vs.append({"name": name, "input": inp.hex(), "gas": 50000 if ok else None, "output": out if ok else None})
z = fe(); proof, y = ckzg.compute_kzg_proof(blob, z, ts)
assert ckzg.verify_kzg_proof(c, z, y, proof, ts)
add("valid proof at a random point", vh + z + y + c + proof, True)
z0 = bytes(32); p0, y0 = ckzg.compute_kzg_proof(blob, z0, ts)
add("valid proof at z = 0", vh + z0 + y0 + c + p0, True)
# The zero polynomial: commitment and proof are the point at infinity.
inf = bytes([0xc0]) + bytes(47)
vh0 = b"\x01" + hashlib.sha256(inf).digest()[1:]
add("zero polynomial: infinity commitment and proof, y = 0", vh0 + z + bytes(32) + inf + inf, True)
wrong_y = ((int.from_bytes(y, "big") + 1) % MOD).to_bytes(32, "big")
add("wrong y fails", vh + z + wrong_y + c + proof, False)
add("proof for another point fails", vh + z0 + y0 + c + proof, False)
add("versioned hash with version 0x02 fails", b"\x02" + vh[1:] + z + y + c + proof, False)
add("versioned hash of another commitment fails", vh0 + z + y + c + proof, False)
add("z equal to the modulus fails", vh + MOD.to_bytes(32, "big") + y + c + proof, False)
add("y equal to the modulus fails", vh + z + MOD.to_bytes(32, "big") + c + proof, False)
bad_c = bytes([c[0] ^ 0x20]) + c[1:]
add("commitment that is not a compressed point fails", b"\x01" + hashlib.sha256(bad_c).digest()[1:] + z + y + bad_c + proof, False)
add("191 bytes fail", (vh + z + y + c + proof)[:191], False)
add("193 bytes fail", vh + z + y + c + proof + b"\x00", False)
add("empty input fails", b"", False)
json.dump(vs, open(sys.argv[1], "w"), indent=1); open(sys.argv[1], "a").write("\n")
print(len(vs))
