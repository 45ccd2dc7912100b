package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static dlprep.algorithms.offer.OfferTesting.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ReplaceSpacesTest {
    @Test
    void replacesEverySpace() {
        assertEquals("We%20Are%20Happy", ReplaceSpaces.replace("We Are Happy"));
        assertEquals("%20%20a%20", ReplaceSpaces.replace("  a "));
    }

    @Test
    void emptyOneCharAndNoSpaceInputs() {
        assertEquals("", ReplaceSpaces.replace(""));
        assertEquals("%20", ReplaceSpaces.replace(" "));
        assertEquals("x", ReplaceSpaces.replace("x"));
        assertEquals("abc", ReplaceSpaces.replace("abc"));
    }

    @Test
    void replacesInPlaceInABufferWithRoomToSpare() {
        char[] buffer = new char[10];
        "a b".getChars(0, 3, buffer, 0);
        int length = ReplaceSpaces.replaceInPlace(buffer, 3);
        assertEquals(5, length); // 3 chars + 2 extra for the one space
        assertEquals("a%20b", new String(buffer, 0, length));
    }

    @Test
    void agreesWithStringReplaceOnRandomStrings() {
        Random rng = OfferTesting.random();
        for (int trial = 0; trial < 500; trial++) {
            StringBuilder s = new StringBuilder();
            for (int i = rng.nextInt(12); i > 0; i--) {
                s.append(" ab".charAt(rng.nextInt(3)));
            }
            assertEquals(s.toString().replace(" ", "%20"), ReplaceSpaces.replace(s.toString()));
        }
    }

    @Test
    void rejectsNullATooSmallBufferAndABadLength() {
        assertRejected(ReplaceSpaces.class, () -> ReplaceSpaces.replace(null));
        assertRejected(ReplaceSpaces.class, () -> ReplaceSpaces.replaceInPlace(" a".toCharArray(), 2));
        assertRejected(ReplaceSpaces.class, () -> ReplaceSpaces.replaceInPlace(new char[3], 4));
        assertRejected(ReplaceSpaces.class, () -> ReplaceSpaces.replaceInPlace(new char[3], -1));
    }
}
