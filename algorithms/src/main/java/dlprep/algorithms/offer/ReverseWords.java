package dlprep.algorithms.offer;

/**
 * JZ44 翻转单词顺序列: reverse the order of the space-separated words of a sentence ("student. a am I"
 * becomes "I am a student."), keeping the characters of each word in order.
 *
 * <p>Approach: reverse the whole char array, then reverse each word back. Runs of spaces are kept (mirrored),
 * so a sentence of only spaces comes back unchanged.
 *
 * <p>Complexity: O(n) time, O(n) for the char copy (O(1) on an array).
 *
 * <p>Original: solved as file JZ44; the inventory records no defect. Pitfall: {@code split(" ")} drops
 * trailing empty strings and loses a sentence made only of spaces.
 *
 * @see OfferProblems
 */
public final class ReverseWords {
    private ReverseWords() {
    }

    public static String reverse(String sentence) {
        Inputs.notNull(sentence, ReverseWords.class, "sentence");
        char[] a = sentence.toCharArray();
        LeftRotateString.reverse(a, 0, a.length - 1);
        int start = 0;
        for (int i = 0; i <= a.length; i++) {
            if (i == a.length || a[i] == ' ') {
                LeftRotateString.reverse(a, start, i - 1);
                start = i + 1;
            }
        }
        return new String(a);
    }
}
