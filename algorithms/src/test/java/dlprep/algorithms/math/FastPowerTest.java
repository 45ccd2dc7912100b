package dlprep.algorithms.math;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FastPowerTest {

    @Test
    void powMatchesHandComputedValues() {
        assertEquals(1024, FastPower.pow(2, 10));
        assertEquals(1, FastPower.pow(7, 0));
        assertEquals(-27, FastPower.pow(-3, 3));
        assertEquals(Long.MIN_VALUE, FastPower.pow(-2, 63));   // -2^63 fits exactly
        assertEquals(0, FastPower.pow(0, 5));
    }

    @Test
    void powThrowsOnOverflowAndNegativeExponent() {
        assertThrows(ArithmeticException.class, () -> FastPower.pow(2, 63));
        assertThrows(ArithmeticException.class, () -> FastPower.pow(10, 19));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FastPower.pow(2, -1));
        assertEquals("pow: exponent must be >= 0, got -1", e.getMessage());
    }

    @Test
    void modPowMatchesHandComputedValues() {
        assertEquals(24, FastPower.modPow(2, 10, 1000));   // 1024 mod 1000
        assertEquals(9, FastPower.modPow(3, 200, 13));     // 3^3 = 27 = 1 mod 13 and 200 = 3*66 + 2, so 3^2 = 9
        assertEquals(0, FastPower.modPow(5, 3, 1));        // everything is 0 mod 1
        assertEquals(1, FastPower.modPow(-1, 2, 7));
        assertEquals(6, FastPower.modPow(-1, 3, 7));       // -1 = 6 mod 7
    }

    @Test
    void modPowAgreesWithBigIntegerForFullSizeModuli() {
        Random random = new Random(1);
        for (int t = 0; t < 300; t++) {
            long m = 1 + (random.nextLong() >>> 1) % Long.MAX_VALUE;
            long b = random.nextLong();
            long e = random.nextLong() >>> 1;
            long expected = BigInteger.valueOf(b).modPow(BigInteger.valueOf(e), BigInteger.valueOf(m)).longValueExact();
            assertEquals(expected, FastPower.modPow(b, e, m), "b=" + b + " e=" + e + " m=" + m);
        }
    }

    @Test
    void mulModIsExactNearLongMaxValue() {
        long m = Long.MAX_VALUE;
        long a = m - 1;   // -1 mod m, so (-1)(-1) = 1
        assertEquals(1, FastPower.mulMod(a, a, m));
        assertEquals(BigInteger.valueOf(m - 2).multiply(BigInteger.valueOf(m - 3)).mod(BigInteger.valueOf(m)).longValue(),
                FastPower.mulMod(m - 2, m - 3, m));
    }

    @Test
    void modPowRejectsBadModulusAndExponent() {
        assertThrows(IllegalArgumentException.class, () -> FastPower.modPow(2, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> FastPower.modPow(2, -3, 7));
    }
}
