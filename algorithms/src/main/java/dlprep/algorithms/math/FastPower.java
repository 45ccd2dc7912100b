package dlprep.algorithms.math;

/**
 * Fast (binary) exponentiation: write the exponent in binary, {@code a^e = prod over set bits k of a^(2^k)},
 * and square the base once per bit. Invariant of the loop: {@code result * base^e} equals the wanted power.
 * O(log e) multiplications instead of e.
 *
 * <p>{@link #mulMod} multiplies modulo any positive {@code long} modulus without overflow (double-and-add
 * when the plain product would not fit in 63 bits), which Miller-Rabin needs for 64-bit numbers.
 */
public final class FastPower {

    private FastPower() {
    }

    /** {@code base^exponent} exactly; throws {@link ArithmeticException} when it overflows a {@code long}. */
    public static long pow(long base, int exponent) {
        if (exponent < 0) {
            throw new IllegalArgumentException("pow: exponent must be >= 0, got " + exponent);
        }
        long result = 1;
        long b = base;
        int e = exponent;
        while (e > 0) {
            if ((e & 1) == 1) {
                result = Math.multiplyExact(result, b);
            }
            e >>= 1;
            if (e > 0) {
                b = Math.multiplyExact(b, b);   // squaring only when another bit needs it, so no spurious overflow
            }
        }
        return result;
    }

    /** {@code base^exponent mod modulus}, in [0, modulus); negative bases are reduced first. */
    public static long modPow(long base, long exponent, long modulus) {
        if (modulus <= 0) {
            throw new IllegalArgumentException("modPow: modulus must be positive, got " + modulus);
        }
        if (exponent < 0) {
            throw new IllegalArgumentException("modPow: exponent must be >= 0, got " + exponent
                    + " (for a negative power use the modular inverse)");
        }
        long result = 1 % modulus;
        long b = Math.floorMod(base, modulus);
        long e = exponent;
        while (e > 0) {
            if ((e & 1) == 1) {
                result = mulMod(result, b, modulus);
            }
            b = mulMod(b, b, modulus);
            e >>= 1;
        }
        return result;
    }

    /** {@code a * b mod m} for {@code 0 <= a, b < m}, exact for every positive {@code long} m. */
    public static long mulMod(long a, long b, long m) {
        if (Math.multiplyHigh(a, b) == 0 && a * b >= 0) {
            return a * b % m;
        }
        long result = 0;
        long x = a;
        long y = b;
        while (y > 0) {
            if ((y & 1) == 1) {
                result = addMod(result, x, m);
            }
            x = addMod(x, x, m);
            y >>= 1;
        }
        return result;
    }

    /** {@code (a + b) mod m} for {@code 0 <= a, b < m}: the sum may wrap past 2^63, so compare unsigned. */
    static long addMod(long a, long b, long m) {
        long s = a + b;
        return Long.compareUnsigned(s, m) >= 0 ? s - m : s;
    }
}
