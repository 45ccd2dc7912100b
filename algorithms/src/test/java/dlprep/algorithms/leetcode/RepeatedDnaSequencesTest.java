package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepeatedDnaSequencesTest {

    @Test
    void findsTheExampleRepeats() {
        assertEquals(List.of("AAAAACCCCC", "CCCCCAAAAA"),
                RepeatedDnaSequences.findRepeatedDnaSequences("AAAAACCCCCAAAAACCCCCCAAAAAGGGTTT"));
        assertEquals(List.of(), RepeatedDnaSequences.findRepeatedDnaSequences(""));
        assertEquals(List.of(), RepeatedDnaSequences.findRepeatedDnaSequences("ACGT"));
    }

    @Test
    void aSequenceSeenThreeTimesIsReportedOnce() {
        // 12 A's hold the window "AAAAAAAAAA" three times
        assertEquals(List.of("AAAAAAAAAA"), RepeatedDnaSequences.findRepeatedDnaSequences("A".repeat(12)));
    }

    @Test
    void refusesOtherLetters() {
        var e = assertThrows(IllegalArgumentException.class, () -> RepeatedDnaSequences.findRepeatedDnaSequences("ACGU"));
        assertTrue(e.getMessage().contains("'U' at index 3"));
    }

    @Test
    void agreesWithComparingSubstrings() {
        Random random = new Random(187);
        for (int t = 0; t < 200; t++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                b.append("AC".charAt(random.nextInt(2)));   // two letters make repeats likely
            }
            String s = b.toString();
            List<String> expected = new ArrayList<>();
            for (int end = 10; end <= s.length(); end++) {
                String window = s.substring(end - 10, end);
                int seen = 0;
                for (int e = 10; e <= end; e++) {
                    seen += s.substring(e - 10, e).equals(window) ? 1 : 0;
                }
                if (seen == 2) {
                    expected.add(window);
                }
            }
            assertEquals(expected, RepeatedDnaSequences.findRepeatedDnaSequences(s), s);
        }
    }
}
