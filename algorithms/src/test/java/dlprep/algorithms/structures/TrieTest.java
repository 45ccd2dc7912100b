package dlprep.algorithms.structures;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrieTest {

    @Test
    void insertLookupAndPrefixes() {
        Trie t = new Trie();
        for (String w : List.of("apple", "app", "apply", "bat", "app")) {
            t.insert(w);
        }
        assertTrue(t.contains("app"));
        assertFalse(t.contains("ap"));
        assertEquals(4, t.countWithPrefix("ap"));      // apple, app, apply, app
        assertEquals(5, t.countWithPrefix(""));
        assertEquals(0, t.countWithPrefix("c"));
        assertEquals(List.of("app", "apple", "apply"), t.wordsWithPrefix("app"));
    }

    @Test
    void removeCountsDuplicatesAndDropsEmptyBranches() {
        Trie t = new Trie();
        t.insert("go");
        t.insert("go");
        t.insert("good");
        assertTrue(t.remove("go"));
        assertTrue(t.contains("go"));
        assertTrue(t.remove("go"));
        assertFalse(t.contains("go"));
        assertTrue(t.contains("good"));
        assertFalse(t.remove("go"));
        assertTrue(t.remove("good"));
        assertEquals(List.of(), t.wordsWithPrefix("g"));
        assertEquals(0, t.countWithPrefix(""));
    }

    @Test
    void emptyWordIsAWordLikeAnyOther() {
        Trie t = new Trie();
        assertFalse(t.contains(""));
        t.insert("");
        assertTrue(t.contains(""));
        assertEquals(List.of(""), t.wordsWithPrefix(""));
    }
}
