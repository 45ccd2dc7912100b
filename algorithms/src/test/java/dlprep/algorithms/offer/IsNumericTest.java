package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IsNumericTest {
    /** The grammar of the class comment as a regular expression: the reference for the random comparison. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    @Test
    void nowcodersNumbers() {
        for (String s : new String[] {"+100", "5e2", "-123", "3.1416", "-1E-16", ".5", "5.", "0", "1e+10"}) {
            assertTrue(IsNumeric.isNumeric(s), s);
        }
    }

    @Test
    void nowcodersNonNumbers() {
        for (String s : new String[] {"12e", "1a3.14", "1.2.3", "+-5", "12e+4.3", ".", "", "+", "e5", " 1", "1e", "--1"}) {
            assertFalse(IsNumeric.isNumeric(s), '"' + s + '"');
        }
    }

    @Test
    void agreesWithTheGrammarAsARegularExpression() {
        Random rng = OfferTesting.random();
        String alphabet = "+-.eE0123456789x";
        for (int trial = 0; trial < 5_000; trial++) {
            StringBuilder s = new StringBuilder();
            for (int i = rng.nextInt(8); i > 0; i--) {
                s.append(alphabet.charAt(rng.nextInt(alphabet.length())));
            }
            assertEquals(NUMBER.matcher(s).matches(), IsNumeric.isNumeric(s.toString()), s.toString());
        }
    }

    @Test
    void rejectsNull() {
        assertRejected(IsNumeric.class, () -> IsNumeric.isNumeric(null));
    }
}
