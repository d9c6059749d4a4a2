package io.tributary.vm.precompile.bn254;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class Bn254Test {
  private static final G1Point P = Bn254.G1_GENERATOR;
  private static final G2Point Q = Bn254.G2_GENERATOR;

  @Test
  void generatorsLieOnTheirCurvesAndHaveOrderR() {
    assertThat(P.isOnCurve()).isTrue();
    assertThat(Q.isOnCurve()).isTrue();
    assertThat(P.multiply(Bn254.CURVE_ORDER).isInfinity()).isTrue();
    assertThat(Q.multiply(Bn254.CURVE_ORDER).isInfinity()).isTrue();
  }

  @Test
  void pairingIsBilinear() {
    final BigInteger a = BigInteger.valueOf(1234567);
    final BigInteger b = new BigInteger("98765432109876543210");
    final Fp12 left = Bn254.pairing(P.multiply(a), Q.multiply(b));
    assertThat(left).isEqualTo(Bn254.pairing(P.multiply(a.multiply(b)), Q));
    assertThat(left).isEqualTo(Bn254.pairing(P, Q.multiply(a.multiply(b))));
  }

  @Test
  void pairingIsNonDegenerateAndHasOrderR() {
    final Fp12 e = Bn254.pairing(P, Q);
    assertThat(e.isOne()).isFalse();
    assertThat(e.pow(Bn254.CURVE_ORDER).isOne()).isTrue();
  }

  @Test
  void pairingCheckAcceptsCancellingPairsAndRejectsOthers() {
    assertThat(Bn254.pairingCheck(List.of())).isTrue();
    assertThat(Bn254.pairingCheck(List.of(new Bn254.Pair(P, Q), new Bn254.Pair(P.negate(), Q)))).isTrue();
    final BigInteger k = BigInteger.valueOf(77);
    assertThat(Bn254.pairingCheck(
            List.of(new Bn254.Pair(P.multiply(k), Q), new Bn254.Pair(P.negate(), Q.multiply(k)))))
        .isTrue();
    assertThat(Bn254.pairingCheck(List.of(new Bn254.Pair(P, Q), new Bn254.Pair(P, Q)))).isFalse();
  }

  @Test
  void frobeniusOnFp12IsThePthPower() {
    final Fp12 e = Bn254.millerLoop(P, Q);
    assertThat(e.frobenius()).isEqualTo(e.pow(Fp.P));
  }

  @Test
  void twistFrobeniusMapsG2IntoItself() {
    final G2Point q1 = Q.frobenius();
    assertThat(q1.isOnCurve()).isTrue();
    assertThat(q1.multiply(Bn254.CURVE_ORDER).isInfinity()).isTrue();
  }

  @Test
  void fastFinalExponentiationEqualsTheDefinition() {
    final Fp12 m = Bn254.millerLoop(P.multiply(BigInteger.valueOf(5)), Q.multiply(BigInteger.valueOf(11)));
    assertThat(Bn254.finalExponentiation(m)).isEqualTo(Bn254.finalExponentiationByDefinition(m));
  }

  @Test
  void g2MultiplicationAgreesWithRepeatedAffineAddition() {
    G2Point sum = G2Point.INFINITY;
    for (int k = 0; k <= 40; k++) {
      assertThat(Q.multiply(BigInteger.valueOf(k))).as("%d Q", k).isEqualTo(sum);
      sum = sum.add(Q);
    }
    final BigInteger a = new BigInteger("1234567890123456789012345678901234567890");
    final BigInteger b = new BigInteger("987654321098765432109876543210");
    assertThat(Q.multiply(a).add(Q.multiply(b))).isEqualTo(Q.multiply(a.add(b)));
    assertThat(Q.multiply(Bn254.CURVE_ORDER.subtract(BigInteger.ONE))).isEqualTo(Q.negate());
  }

  @Test
  void sparseLineAndComplexSquaringAgreeWithGeneralMultiplication() {
    final Fp12 f = Bn254.millerLoop(P.multiply(BigInteger.valueOf(3)), Q);
    assertThat(f.square()).isEqualTo(f.mul(f));
    final G2Point t = Q.multiply(BigInteger.valueOf(7));
    final Fp2 slope = t.slopeTo(Q);
    final Fp12 line = Bn254.line(t, slope, P);
    assertThat(f.mulByLine(line.a.c0, line.b.c0, line.b.c1)).isEqualTo(f.mul(line));
  }

  @Test
  void g1MultiplicationAgreesWithRepeatedAffineAddition() {
    G1Point sum = G1Point.INFINITY;
    for (int k = 0; k <= 40; k++) {
      assertThat(P.multiply(BigInteger.valueOf(k))).as("%d P", k).isEqualTo(sum);
      sum = sum.add(P);
    }
    final BigInteger a = new BigInteger("1234567890123456789012345678901234567890");
    final BigInteger b = new BigInteger("987654321098765432109876543210");
    assertThat(P.multiply(a).add(P.multiply(b))).isEqualTo(P.multiply(a.add(b)));
    assertThat(P.multiply(Bn254.CURVE_ORDER.subtract(BigInteger.ONE))).isEqualTo(P.negate());
    assertThat(P.multiply(Bn254.CURVE_ORDER.add(BigInteger.TWO))).isEqualTo(P.add(P));
  }

  @Test
  void projectiveMillerLoopGivesTheSamePairingAsTheAffineOne() {
    for (int k = 1; k <= 4; k++) {
      final G1Point p = P.multiply(BigInteger.valueOf(1000003L * k));
      final G2Point q = Q.multiply(BigInteger.valueOf(7919L * k + 1));
      assertThat(Bn254.finalExponentiation(Bn254.millerLoop(p, q)))
          .isEqualTo(Bn254.finalExponentiation(Bn254.millerLoopAffine(p, q)));
    }
  }

  @Test
  void fastG2SubgroupCheckAgreesWithMultiplicationByTheOrder() {
    for (int k = 1; k <= 5; k++) {
      final G2Point inGroup = Q.multiply(BigInteger.valueOf(31337L * k));
      assertThat(inGroup.isInSubgroup()).isTrue();
      assertThat(inGroup.isInSubgroupByDefinition()).isTrue();
    }
    // Points of the twist found from x = 1, 2, 3, ...: all of them outside G2 (the cofactor is p - 1 + t, not 1).
    int found = 0;
    for (long x = 1; found < 12; x++) {
      final Fp2 xx = Fp2.of(BigInteger.valueOf(x), BigInteger.valueOf(x % 3));
      final Fp2 rhs = xx.square().mul(xx).add(G2Point.B);
      final Fp2 y = sqrt(rhs);
      if (y == null) {
        continue;
      }
      final G2Point point = new G2Point(xx, y, false);
      assertThat(point.isOnCurve()).isTrue();
      assertThat(point.isInSubgroup()).as("x = %d", x).isEqualTo(point.isInSubgroupByDefinition()).isFalse();
      found++;
    }
  }

  /** A square root in Fp2 for p = 3 mod 4 (Adj and Rodríguez-Henríquez, algorithm 9), or null when there is none. */
  private static Fp2 sqrt(final Fp2 a) {
    final BigInteger p = Fp.P;
    final Fp2 a1 = a.pow(p.subtract(BigInteger.valueOf(3)).shiftRight(2));
    final Fp2 alpha = a1.square().mul(a);
    final Fp2 x0 = a1.mul(a);
    final Fp2 minusOne = Fp2.ONE.neg();
    final Fp2 root;
    if (alpha.equals(minusOne)) {
      root = x0.mul(Fp2.of(BigInteger.ZERO, BigInteger.ONE));
    } else {
      root = Fp2.ONE.add(alpha).pow(p.subtract(BigInteger.ONE).shiftRight(1)).mul(x0);
    }
    return root.square().equals(a) ? root : null;
  }

  @Test
  void cyclotomicSquaringEqualsSquaringAfterTheEasyPart() {
    final Fp12 f = Bn254.millerLoop(P.multiply(BigInteger.valueOf(12)), Q.multiply(BigInteger.valueOf(5)));
    Fp12 unitary = f.conjugate().mul(f.inverse());
    unitary = unitary.frobenius().frobenius().mul(unitary);
    assertThat(unitary.cyclotomicSquare()).isEqualTo(unitary.square());
    final BigInteger e = new BigInteger("4965661367192848881");
    assertThat(unitary.cyclotomicPow(e)).isEqualTo(unitary.pow(e));
  }
}
