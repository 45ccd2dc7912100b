package dlprep.algorithms.structures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trie (prefix tree): one node per distinct prefix of the stored words, each edge labelled by a character.
 * A node counts the words that end there and the words that pass through it, so insert, lookup and
 * counting the words with a prefix take O(L) for a string of length L, whatever the number of words.
 * Children are kept sorted, so {@link #wordsWithPrefix} lists in lexicographic order.
 */
public final class Trie {

    private static final class Node {
        final Map<Character, Node> children = new TreeMap<>();
        int endHere;
        int passThrough;
    }

    private final Node root = new Node();

    /** Adds one occurrence of word (the empty word is allowed). */
    public void insert(String word) {
        Node node = root;
        node.passThrough++;
        for (int i = 0; i < word.length(); i++) {
            node = node.children.computeIfAbsent(word.charAt(i), c -> new Node());
            node.passThrough++;
        }
        node.endHere++;
    }

    /** Whether word was inserted (and not since removed as often as inserted). */
    public boolean contains(String word) {
        Node node = walk(word);
        return node != null && node.endHere > 0;
    }

    /** How many stored words (with multiplicity) start with prefix. */
    public int countWithPrefix(String prefix) {
        Node node = walk(prefix);
        return node == null ? 0 : node.passThrough;
    }

    /** The stored words starting with prefix, sorted, each once. */
    public List<String> wordsWithPrefix(String prefix) {
        List<String> out = new ArrayList<>();
        Node node = walk(prefix);
        if (node != null) {
            collect(node, new StringBuilder(prefix), out);
        }
        return out;
    }

    /** Removes one occurrence of word; false if it was not stored. */
    public boolean remove(String word) {
        if (!contains(word)) {
            return false;
        }
        Node node = root;
        node.passThrough--;
        for (int i = 0; i < word.length(); i++) {
            Node child = node.children.get(word.charAt(i));
            if (--child.passThrough == 0) {
                node.children.remove(word.charAt(i));   // nothing else below: drop the whole branch
                return true;
            }
            node = child;
        }
        node.endHere--;
        return true;
    }

    private Node walk(String s) {
        Node node = root;
        for (int i = 0; i < s.length() && node != null; i++) {
            node = node.children.get(s.charAt(i));
        }
        return node;
    }

    private static void collect(Node node, StringBuilder prefix, List<String> out) {
        if (node.endHere > 0) {
            out.add(prefix.toString());
        }
        for (Map.Entry<Character, Node> e : node.children.entrySet()) {
            prefix.append(e.getKey());
            collect(e.getValue(), prefix, out);
            prefix.setLength(prefix.length() - 1);
        }
    }
}
