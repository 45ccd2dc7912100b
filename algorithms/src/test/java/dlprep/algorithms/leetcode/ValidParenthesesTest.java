package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidParenthesesTest {

    @Test
    void acceptsWellNestedStrings() {
        assertTrue(ValidParentheses.isValid(""));
        assertTrue(ValidParentheses.isValid("()[]{}"));
        assertTrue(ValidParentheses.isValid("{[()()]}"));
    }

    @Test
    void rejectsCrossedUnclosedAndUnopenedBrackets() {
        assertFalse(ValidParentheses.isValid("([)]"));   // counts balance, nesting does not
        assertFalse(ValidParentheses.isValid("(("));
        assertFalse(ValidParentheses.isValid(")("));
        assertFalse(ValidParentheses.isValid("]"));
    }

    @Test
    void refusesOtherCharacters() {
        var e = assertThrows(IllegalArgumentException.class, () -> ValidParentheses.isValid("(a)"));
        assertTrue(e.getMessage().contains("'a' at index 1"));
    }

    @Test
    void agreesWithRepeatedlyDeletingInnermostPairs() {
        Random random = new Random(20);
        String alphabet = "()[]{}";
        for (int t = 0; t < 3000; t++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(9); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(6)));
            }
            String reduced = s.toString();
            String previous;
            do {
                previous = reduced;
                reduced = reduced.replace("()", "").replace("[]", "").replace("{}", "");
            } while (!reduced.equals(previous));
            assertEquals(reduced.isEmpty(), ValidParentheses.isValid(s.toString()), s.toString());
        }
    }
}
