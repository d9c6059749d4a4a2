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
}
