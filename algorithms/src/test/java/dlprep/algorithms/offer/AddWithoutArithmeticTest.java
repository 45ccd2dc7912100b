package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AddWithoutArithmeticTest {
    @Test
    void addsSmallAndNegativeNumbers() {
        assertEquals(3, AddWithoutArithmetic.add(1, 2));
        assertEquals(0, AddWithoutArithmetic.add(-1, 1));
        assertEquals(-5, AddWithoutArithmetic.add(-2, -3));
        assertEquals(7, AddWithoutArithmetic.add(7, 0));
    }

    @Test
    void overflowWrapsLikeIntAddition() {
        assertEquals(Integer.MIN_VALUE, AddWithoutArithmetic.add(Integer.MAX_VALUE, 1));
        assertEquals(0, AddWithoutArithmetic.add(Integer.MIN_VALUE, Integer.MIN_VALUE));
        assertEquals(-1, AddWithoutArithmetic.add(Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    @Test
    void agreesWithThePlusOperatorOnRandomInts() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 10_000; trial++) {
            int a = rng.nextInt();
            int b = rng.nextInt();
            assertEquals(a + b, AddWithoutArithmetic.add(a, b));
        }
    }
}
