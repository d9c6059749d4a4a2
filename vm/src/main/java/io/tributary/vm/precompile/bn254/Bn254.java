package io.tributary.vm.precompile.bn254;

import java.math.BigInteger;
import java.util.List;

/**
 * The optimal ate pairing on bn254 (alt_bn128, EIP-197), in pure Java over BigInteger field arithmetic. Slow next to
 * native code but simple enough to check by reading: affine Miller loop on the twist with lines evaluated at the G1
 * point, then the final exponentiation (p^12 - 1)/r with the hard part in base p (three exponentiations by u).
 */
public final class Bn254 {
  /** r, the order of G1 and G2. */
  public static final BigInteger CURVE_ORDER =
      new BigInteger("21888242871839275222246405745257275088548364400416034343698204186575808495617");

  /** The generator (1, 2) of G1. */
  public static final G1Point G1_GENERATOR = G1Point.of(BigInteger.ONE, BigInteger.valueOf(2));

  /** The generator of G2 (EIP-197). */
  public static final G2Point G2_GENERATOR =
      new G2Point(
          Fp2.of(
              new BigInteger("10857046999023057135944570762232829481370756359578518086990519993285655852781"),
              new BigInteger("11559732032986387107991004021392285783925812861821192530917403151452391805634")),
          Fp2.of(
              new BigInteger("8495653923123431417604973247489272438418190587263600148770280649306958101930"),
              new BigInteger("4082367875863433681332203403145435568316851327593401208105741076214120093531")),
          false);

  /** u, the BN parameter of the curve. */
  private static final BigInteger U = new BigInteger("4965661367192848881");

  /** 6u + 2, the optimal ate loop count. */
  private static final BigInteger ATE_LOOP_COUNT = new BigInteger("29793968203157093288");

  /** 3b' with b' = 3/ξ the twist's constant, and 1/2: constants of the projective Miller loop. */
  private static final Fp2 THREE_B = G2Point.B.twice().add(G2Point.B);
  private static final Fp2 HALF = Fp2.ONE.twice().inverse();

  /** (p^4 - p^2 + 1) / r: the hard part of the final exponentiation. */
  private static final BigInteger HARD_EXPONENT;

  static {
    final BigInteger p2 = Fp.P.multiply(Fp.P);
    HARD_EXPONENT = p2.multiply(p2).subtract(p2).add(BigInteger.ONE).divide(CURVE_ORDER);
  }

  private Bn254() {}

  /** One (G1, G2) pair of a pairing check. */
  public record Pair(G1Point g1, G2Point g2) {}

  /** True when the product of e(g1_i, g2_i) over the pairs is 1 (true for no pairs). */
  public static boolean pairingCheck(final List<Pair> pairs) {
    Fp12 product = Fp12.ONE;
    for (final Pair pair : pairs) {
      if (pair.g1().isInfinity() || pair.g2().isInfinity()) {
        continue;
      }
      product = product.mul(millerLoop(pair.g1(), pair.g2()));
    }
    return finalExponentiation(product).isOne();
  }

  static Fp12 pairing(final G1Point p, final G2Point q) {
    if (p.isInfinity() || q.isInfinity()) {
      return Fp12.ONE;
    }
    return finalExponentiation(millerLoop(p, q));
  }

  /**
   * f_{6u+2,Q}(P) times the lines through [6u+2]Q and π(Q), then through [6u+2]Q + π(Q) and -π²(Q). The loop keeps
   * T in homogeneous projective coordinates (x = X/Z, y = Y/Z) so it needs no inversion: each line is the affine one
   * scaled by a factor in Fp2, which the final exponentiation removes (Aranha et al., "Faster explicit formulas for
   * computing pairings over ordinary curves", 2011, for the D-type twist). The last two steps are affine.
   */
  static Fp12 millerLoop(final G1Point p, final G2Point q) {
    final Fp2 yP = Fp2.ofReal(p.y);
    final Fp minusXp = p.x.neg();
    Fp2 x = q.x;
    Fp2 y = q.y;
    Fp2 z = Fp2.ONE;
    Fp12 f = Fp12.ONE;
    // The top bit of the loop count is T = Q itself.
    for (int i = ATE_LOOP_COUNT.bitLength() - 2; i >= 0; i--) {
      // Tangent at T scaled by 2YZ: 2YZ·y_P - 3X²·x_P·w + (Y² - 3b'Z²)·w³.
      final Fp2 xx = x.square();
      final Fp2 yy = y.square();
      final Fp2 zz = z.square();
      final Fp2 e = zz.mul(THREE_B);
      final Fp2 yz2 = y.add(z).square().sub(yy).sub(zz);
      f = f.square().mulByLine(yz2.mul(p.y), xx.twice().add(xx).mul(minusXp), yy.sub(e));
      // 2T: X3 = XY/2·(Y² - 9b'Z²), Y3 = ((Y² + 9b'Z²)/2)² - 27b'²Z⁴, Z3 = 2Y³Z.
      final Fp2 f9 = e.twice().add(e);
      final Fp2 g = yy.add(f9).mul(HALF);
      final Fp2 ee = e.square();
      final Fp2 x3 = x.mul(y).mul(HALF).mul(yy.sub(f9));
      y = g.square().sub(ee.twice().add(ee));
      z = yy.mul(yz2);
      x = x3;
      if (ATE_LOOP_COUNT.testBit(i)) {
        // Chord through T and Q scaled by λ = X - x_Q Z: λ·y_P - θ·x_P·w + (θ·x_Q - λ·y_Q)·w³, θ = Y - y_Q Z.
        final Fp2 theta = y.sub(q.y.mul(z));
        final Fp2 lambda = x.sub(q.x.mul(z));
        f = f.mulByLine(lambda.mul(p.y), theta.mul(minusXp), theta.mul(q.x).sub(lambda.mul(q.y)));
        // T + Q, mixed addition.
        final Fp2 c = theta.square();
        final Fp2 d = lambda.square();
        final Fp2 cube = lambda.mul(d);
        final Fp2 zc = z.mul(c);
        final Fp2 xd = x.mul(d);
        final Fp2 h = cube.add(zc).sub(xd.twice());
        final Fp2 y3 = theta.mul(xd.sub(h)).sub(cube.mul(y));
        x = lambda.mul(h);
        y = y3;
        z = z.mul(cube);
      }
    }
    final Fp2 zInv = z.inverse();
    G2Point r = new G2Point(x.mul(zInv), y.mul(zInv), false);
    final G2Point q1 = q.frobenius();
    final G2Point minusQ2 = q1.frobenius().negate();
    final Fp2 slope1 = r.slopeTo(q1);
    f = mulByLine(f, r, slope1, p);
    r = slope1 == null ? G2Point.INFINITY : r.addWithSlope(q1, slope1);
    return mulByLine(f, r, r.slopeTo(minusQ2), p);
  }

  /** The Miller loop with every step affine: the plain form of {@link #millerLoop}, kept as its test oracle. */
  static Fp12 millerLoopAffine(final G1Point p, final G2Point q) {
    G2Point r = q;
    Fp12 f = Fp12.ONE;
    for (int i = ATE_LOOP_COUNT.bitLength() - 2; i >= 0; i--) {
      final Fp2 tangent = r.slopeTo(r);
      f = mulByLine(f.square(), r, tangent, p);
      r = tangent == null ? G2Point.INFINITY : r.addWithSlope(r, tangent);
      if (ATE_LOOP_COUNT.testBit(i)) {
        final Fp2 chord = r.slopeTo(q);
        f = mulByLine(f, r, chord, p);
        r = chord == null ? G2Point.INFINITY : r.addWithSlope(q, chord);
      }
    }
    final G2Point q1 = q.frobenius();
    final G2Point minusQ2 = q1.frobenius().negate();
    final Fp2 slope1 = r.slopeTo(q1);
    f = mulByLine(f, r, slope1, p);
    r = slope1 == null ? G2Point.INFINITY : r.addWithSlope(q1, slope1);
    return mulByLine(f, r, r.slopeTo(minusQ2), p);
  }

  /**
   * f times the line through the untwisted images of t and another point with twisted slope λ, evaluated at p. With
   * untwist (x, y) -> (x·w^2, y·w^3) the slope becomes λ·w, and the line is
   * y_p - λ·x_p·w + (λ·x_t - y_t)·w^3; a vertical line (λ null) is x_p - x_t·w^2. Factors in Fp2 are dropped by the
   * final exponentiation, so no normalisation is needed.
   */
  private static Fp12 mulByLine(final Fp12 f, final G2Point t, final Fp2 slope, final G1Point p) {
    if (slope == null) {
      return f.mul(line(t, null, p));
    }
    return f.mulByLine(Fp2.ofReal(p.y), slope.mul(p.x).neg(), slope.mul(t.x).sub(t.y));
  }

  /** The line of {@link #mulByLine} as a full Fp12 element. */
  static Fp12 line(final G2Point t, final Fp2 slope, final G1Point p) {
    final Fp2 xp = Fp2.ofReal(p.x);
    if (slope == null) {
      return new Fp12(new Fp6(xp, t.x.neg(), Fp2.ZERO), Fp6.ZERO);
    }
    final Fp2 yp = Fp2.ofReal(p.y);
    return new Fp12(
        new Fp6(yp, Fp2.ZERO, Fp2.ZERO),
        new Fp6(slope.mul(p.x).neg(), slope.mul(t.x).sub(t.y), Fp2.ZERO));
  }

  /**
   * f^((p^12 - 1)/r). The easy part f^((p^6 - 1)(p^2 + 1)) takes a conjugate, an inverse and a Frobenius; the hard part
   * (p^4 - p^2 + 1)/r is written in base p with coefficients that are polynomials in u (Scott et al., "On the final
   * exponentiation for calculating pairings on ordinary elliptic curves", 2009), so it costs three exponentiations by
   * the 63-bit u (with cyclotomic squarings) plus Frobenius maps. After the easy part f is unitary, so its conjugate is
   * its inverse.
   */
  static Fp12 finalExponentiation(final Fp12 in) {
    Fp12 t1 = in.conjugate().mul(in.inverse());
    t1 = t1.frobenius().frobenius().mul(t1);

    final Fp12 fp = t1.frobenius();
    final Fp12 fp2 = fp.frobenius();
    final Fp12 fp3 = fp2.frobenius();

    final Fp12 fu = t1.cyclotomicPow(U);
    final Fp12 fu2 = fu.cyclotomicPow(U);
    final Fp12 fu3 = fu2.cyclotomicPow(U);

    final Fp12 y3 = fu.frobenius().conjugate();
    final Fp12 fu2p = fu2.frobenius();
    final Fp12 fu3p = fu3.frobenius();
    final Fp12 y2 = fu2p.frobenius();

    final Fp12 y0 = fp.mul(fp2).mul(fp3);
    final Fp12 y1 = t1.conjugate();
    final Fp12 y5 = fu2.conjugate();
    final Fp12 y4 = fu.mul(fu2p).conjugate();
    final Fp12 y6 = fu3.mul(fu3p).conjugate();

    Fp12 t0 = y6.square().mul(y4).mul(y5);
    Fp12 t = y3.mul(y5).mul(t0);
    t0 = t0.mul(y2);
    t = t.square().mul(t0).square();
    t0 = t.mul(y1);
    t = t.mul(y0);
    return t0.square().mul(t);
  }

  /** The final exponentiation by its definition: one plain exponentiation, for tests of the fast one. */
  static Fp12 finalExponentiationByDefinition(final Fp12 f) {
    final Fp12 f1 = f.conjugate().mul(f.inverse());
    final Fp12 f2 = f1.frobenius().frobenius().mul(f1);
    return f2.pow(HARD_EXPONENT);
  }
}
