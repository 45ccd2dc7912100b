package dlprep.kb;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Heading anchors exactly as GitHub makes them, so a link written for GitHub works here and the other way
 * round. GitHub (html-pipeline's table-of-contents filter) lower-cases the heading text, deletes every
 * character that is not a "word" character ({@code \p{Word}}: letters, marks, decimal and letter numbers,
 * connector punctuation such as {@code _}), a hyphen or a space, and turns each space into {@code -}. Chinese
 * characters are letters, so they stay. A slug seen before in the same document gets {@code -1}, {@code -2},
 * ... (skipping suffixes that are themselves taken, as github-slugger does).
 *
 * <p>One slugger per document: it remembers the slugs it has handed out.
 */
public final class Slugger {

    private final Map<String, Integer> occurrences = new HashMap<>();

    /** The anchor of the next heading with this text. */
    public String slug(String headingText) {
        String base = bare(headingText);
        String result = base;
        if (occurrences.containsKey(base)) {
            do {
                int n = occurrences.get(base) + 1;
                occurrences.put(base, n);
                result = base + "-" + n;
            } while (occurrences.containsKey(result));
        }
        occurrences.put(result, 0);
        return result;
    }

    /** The slug of a heading text without the duplicate suffix. */
    public static String bare(String headingText) {
        String lower = headingText.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> {
            if (cp == ' ') {
                sb.append('-');
            } else if (cp == '-' || isWordCharacter(cp)) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    private static boolean isWordCharacter(int cp) {
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
                    Character.CONNECTOR_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }
}
