package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;
import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

class StringToIntegerTest {
    @Test
    void parsesSignedDecimals() {
        assertEquals(OptionalInt.of(123), StringToInteger.parse("+123"));
        assertEquals(OptionalInt.of(-45), StringToInteger.parse("-45"));
        assertEquals(OptionalInt.of(7), StringToInteger.parse("007"));
        assertEquals(OptionalInt.of(0), StringToInteger.parse("-0"));
    }

    @Test
    void theIntExtremesAndOneBeyond() {
        assertEquals(OptionalInt.of(Integer.MAX_VALUE), StringToInteger.parse("2147483647"));
        assertEquals(OptionalInt.of(Integer.MIN_VALUE), StringToInteger.parse("-2147483648"));
        assertEquals(OptionalInt.empty(), StringToInteger.parse("2147483648"));
        assertEquals(OptionalInt.empty(), StringToInteger.parse("-2147483649"));
        assertEquals(OptionalInt.empty(), StringToInteger.parse("99999999999999999999"));
    }

    @Test
    void notNumbers() {
        for (String s : new String[] {"", "+", "-", "1a33", " 1", "1 ", "+-1", "--1", "1.0"}) {
            assertEquals(OptionalInt.empty(), StringToInteger.parse(s), '"' + s + '"');
        }
    }

    @Test
    void agreesWithIntegerParseIntOnRandomStrings() {
        Random rng = OfferTesting.random();
        String alphabet = "+-0123456789a 9";
        for (int trial = 0; trial < 5_000; trial++) {
            StringBuilder s = new StringBuilder();
            for (int i = rng.nextInt(13); i > 0; i--) {
                s.append(alphabet.charAt(rng.nextInt(alphabet.length())));
            }
            assertEquals(reference(s.toString()), StringToInteger.parse(s.toString()), s.toString());
        }
        for (int trial = 0; trial < 2_000; trial++) {
            int v = rng.nextInt();
            assertEquals(OptionalInt.of(v), StringToInteger.parse(Integer.toString(v)));
        }
    }

    private static OptionalInt reference(String s) {
        try {
            return OptionalInt.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    @Test
    void rejectsNull() {
        assertRejected(StringToInteger.class, () -> StringToInteger.parse(null));
    }
}
