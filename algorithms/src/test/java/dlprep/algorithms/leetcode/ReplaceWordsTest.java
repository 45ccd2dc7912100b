package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReplaceWordsTest {

    @Test
    void replacesByRoots() {
        assertEquals("the cat was rat by the bat",
                ReplaceWords.replaceWords(List.of("cat", "bat", "rat"), "the cattle was rattled by the battery"));
        assertEquals("a a b c", ReplaceWords.replaceWords(List.of("a", "b", "c"), "aadsfasf absbs bbab cadsfafs"));
    }

    @Test
    void theShortestRootWins() {
        assertEquals("a", ReplaceWords.replaceWords(List.of("aa", "a", "aaa"), "aaaa"));
        assertEquals("ca", ReplaceWords.replaceWords(List.of("cat", "ca"), "cattle"));
    }

    @Test
    void wordsWithoutRootStayAndEmptyDictionaryChangesNothing() {
        assertEquals("cat c", ReplaceWords.replaceWords(List.of("cats"), "cat c"));
        assertEquals("any words", ReplaceWords.replaceWords(List.of(), "any words"));
        assertEquals("x", ReplaceWords.replaceWords(List.of("x"), "x"));
    }

    @Test
    void refusesEmptyRootsAndUpperCase() {
        assertThrows(IllegalArgumentException.class, () -> ReplaceWords.replaceWords(List.of(""), "a"));
        assertThrows(IllegalArgumentException.class, () -> ReplaceWords.replaceWords(List.of("a"), "Apple"));
    }
}
