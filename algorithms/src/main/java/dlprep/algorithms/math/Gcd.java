package dlprep.algorithms.math;

/**
 * Euclid's algorithm and what it gives: gcd, lcm, the extended gcd (Bezout coefficients) and the modular
 * inverse. {@code gcd(a, b) = gcd(b, a mod b)}: every two steps the remainder at least halves, so
 * O(log min(a, b)) steps. The extended version keeps the invariant {@code a*x + b*y = current remainder}.
 */
public final class Gcd {

    /** {@code a*x + b*y = gcd}, with gcd >= 0. */
    public record Bezout(long gcd, long x, long y) {
    }

    private Gcd() {
    }

    /** The greatest common divisor of |a| and |b| (gcd(0, 0) = 0). {@code Long.MIN_VALUE} has no |.|: rejected. */
    public static long gcd(long a, long b) {
        long x = abs("gcd", a);
        long y = abs("gcd", b);
        while (y != 0) {
            long r = x % y;
            x = y;
            y = r;
        }
        return x;
    }

    /** The least common multiple of |a| and |b| (0 if either is 0); overflow throws ArithmeticException. */
    public static long lcm(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return Math.multiplyExact(abs("lcm", a) / gcd(a, b), abs("lcm", b));   // divide first to delay overflow
    }

    /** Integers x, y with {@code a*x + b*y = gcd(a, b)}, computed iteratively. */
    public static Bezout extendedGcd(long a, long b) {
        long oldR = a;
        long r = b;
        long oldX = 1;
        long x = 0;
        long oldY = 0;
        long y = 1;
        while (r != 0) {
            long q = oldR / r;
            long t = oldR - q * r;
            oldR = r;
            r = t;
            t = oldX - q * x;
            oldX = x;
            x = t;
            t = oldY - q * y;
            oldY = y;
            y = t;
        }
        if (oldR < 0) {
            return new Bezout(-oldR, -oldX, -oldY);
        }
        return new Bezout(oldR, oldX, oldY);
    }

    /**
     * The inverse of a modulo m, in [0, m): {@code a * inverse = 1 (mod m)}. It exists only when
     * gcd(a, m) = 1; otherwise an exception names both numbers.
     */
    public static long modInverse(long a, long m) {
        if (m <= 0) {
            throw new IllegalArgumentException("modInverse: modulus must be positive, got " + m);
        }
        Bezout e = extendedGcd(Math.floorMod(a, m), m);
        if (e.gcd() != 1) {
            throw new ArithmeticException("modInverse: " + a + " has no inverse modulo " + m
                    + " (gcd is " + e.gcd() + ", not 1)");
        }
        return Math.floorMod(e.x(), m);
    }

    private static long abs(String op, long v) {
        if (v == Long.MIN_VALUE) {
            throw new ArithmeticException(op + ": |Long.MIN_VALUE| does not fit in a long");
        }
        return Math.abs(v);
    }
}
