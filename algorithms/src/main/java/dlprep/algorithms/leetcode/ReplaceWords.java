package dlprep.algorithms.leetcode;

import java.util.List;

/**
 * Replace Words: given a dictionary of roots and a sentence of space-separated words, replace every word
 * that starts with some root by the shortest such root.
 *
 * <p>Approach: a trie of the roots. Walk each word down the trie and stop at the first node that ends a
 * root: that is the shortest root prefix. Words leave the trie or end before a root mark unchanged.
 *
 * <p>Complexity: O(total root length + sentence length) time, O(total root length * 26) space; checking
 * every root against every word is O(roots * words * length).
 *
 * <p>Pitfall: the shortest root must win when one root is a prefix of another ("a" and "aa" for "aaa"),
 * so the walk stops at the first root mark instead of going to the deepest. Upper-case or other
 * characters are refused: the trie has 26 branches.
 */
public final class ReplaceWords {

    private ReplaceWords() {
    }

    private static final class Node {
        final Node[] next = new Node[26];
        boolean endsRoot;
    }

    public static String replaceWords(List<String> dictionary, String sentence) {
        Node root = new Node();
        for (String word : dictionary) {
            if (word.isEmpty()) {
                throw new IllegalArgumentException("replaceWords: the dictionary holds an empty root, which would replace every word by \"\"");
            }
            Node node = root;
            for (int i = 0; i < word.length(); i++) {
                int c = letter(word, i);
                if (node.next[c] == null) {
                    node.next[c] = new Node();
                }
                node = node.next[c];
            }
            node.endsRoot = true;
        }
        StringBuilder out = new StringBuilder(sentence.length());
        String[] words = sentence.split(" ", -1);
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                out.append(' ');
            }
            out.append(shortestRoot(root, words[w]));
        }
        return out.toString();
    }

    private static String shortestRoot(Node root, String word) {
        Node node = root;
        for (int i = 0; i < word.length(); i++) {
            node = node.next[letter(word, i)];
            if (node == null) {
                return word;
            }
            if (node.endsRoot) {
                return word.substring(0, i + 1);
            }
        }
        return word;
    }

    private static int letter(String word, int i) {
        char c = word.charAt(i);
        if (c < 'a' || c > 'z') {
            throw new IllegalArgumentException("replaceWords: words must be lower-case letters, got '" + c + "' in \"" + word + "\"");
        }
        return c - 'a';
    }
}
