package dlprep.algorithms.leetcode;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeetCodeProblemsTest {

    /** Classes of this package that are not problem solutions. */
    private static final Set<String> INFRASTRUCTURE = Set.of(
            "LeetCodeProblems", "Problem", "Topic", "package-info");

    @Test
    void numbersTitlesAndClassesAreUnique() {
        List<Problem> all = LeetCodeProblems.all();
        assertEquals(all.size(), all.stream().map(Problem::number).distinct().count(), "duplicate number");
        assertEquals(all.size(), all.stream().map(Problem::title).distinct().count(), "duplicate title");
        assertEquals(all.size(), all.stream().map(Problem::solution).distinct().count(), "duplicate class");
    }

    @Test
    void atLeastSixtyProblemsCoverEveryTopic() {
        List<Problem> all = LeetCodeProblems.all();
        assertTrue(all.size() >= 60, "only " + all.size() + " problems");
        Set<Topic> covered = all.stream().map(Problem::topic).collect(Collectors.toCollection(() -> EnumSet.noneOf(Topic.class)));
        assertEquals(EnumSet.allOf(Topic.class), covered);
        for (Topic topic : Topic.values()) {
            long n = all.stream().filter(p -> p.topic() == topic).count();
            assertTrue(n >= 8, topic + " has only " + n + " problems");
        }
    }

    @Test
    void groupedByTopicAndOrderedByNumberInside() {
        List<Problem> all = LeetCodeProblems.all();
        for (int i = 1; i < all.size(); i++) {
            Problem a = all.get(i - 1);
            Problem b = all.get(i);
            assertTrue(a.topic().ordinal() < b.topic().ordinal()
                    || a.topic() == b.topic() && a.number() < b.number(), a + " before " + b);
        }
    }

    @Test
    void aProblemNeedsANumberTitleTopicAndClass() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Problem(0, "Two Sum", Topic.MATH, Object.class));
        assertTrue(e.getMessage().contains("got 0"));
        assertThrows(IllegalArgumentException.class, () -> new Problem(1, " ", Topic.MATH, Object.class));
        assertThrows(IllegalArgumentException.class, () -> new Problem(1, "Two Sum", null, Object.class));
    }

    @Test
    void everySolutionClassOfThePackageIsRegistered() throws IOException, URISyntaxException {
        Path dir = Path.of(Problem.class.getResource("Problem.class").toURI()).getParent();
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(dir)) {
            onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .filter(n -> !INFRASTRUCTURE.contains(n))
                    .collect(Collectors.toSet());
        }
        Set<String> registered = new HashSet<>();
        for (Problem p : LeetCodeProblems.all()) {
            registered.add(p.solution().getSimpleName());
            assertEquals(Problem.class.getPackage(), p.solution().getPackage(), p.solution() + " is outside the package");
            assertTrue(Modifier.isPublic(p.solution().getModifiers()), p.solution() + " is not public");
        }
        assertEquals(onDisk, registered);
    }
}
