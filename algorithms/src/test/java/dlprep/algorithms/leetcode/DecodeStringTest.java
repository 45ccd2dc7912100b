package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecodeStringTest {

    @Test
    void expandsNestedRepeats() {
        assertEquals("aaabcbc", DecodeString.decodeString("3[a]2[bc]"));
        assertEquals("accaccacc", DecodeString.decodeString("3[a2[c]]"));
        assertEquals("abcabccdcdcdef", DecodeString.decodeString("2[abc]3[cd]ef"));
        assertEquals("", DecodeString.decodeString(""));
        assertEquals("plain", DecodeString.decodeString("plain"));
        assertEquals("", DecodeString.decodeString("0[abc]"));
    }

    @Test
    void readsMultiDigitCounts() {
        assertEquals("a".repeat(10), DecodeString.decodeString("10[a]"));
        assertEquals("x" + "ab".repeat(12), DecodeString.decodeString("x12[ab]"));
    }

    @Test
    void refusesMalformedInput() {
        var e = assertThrows(IllegalArgumentException.class, () -> DecodeString.decodeString("2[a"));
        assertTrue(e.getMessage().contains("unclosed"));
        assertThrows(IllegalArgumentException.class, () -> DecodeString.decodeString("a]"));
        assertThrows(IllegalArgumentException.class, () -> DecodeString.decodeString("[a]"));
        assertThrows(IllegalArgumentException.class, () -> DecodeString.decodeString("3a"));
        assertThrows(IllegalArgumentException.class, () -> DecodeString.decodeString("3"));
    }
}
