package dlprep.algorithms.offer;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfferProblemsTest {
    private static final List<OfferProblems.Problem> ALL = OfferProblems.all();

    @Test
    void listsSixtySevenProblemsNumberedOneToSixtySevenInOrder() {
        assertEquals(67, ALL.size());
        for (int i = 0; i < ALL.size(); i++) {
            assertEquals(i + 1, ALL.get(i).number());
        }
    }

    @Test
    void everyProblemHasItsOwnPublicClassInThisPackageAndATitle() {
        Set<Class<?>> classes = new HashSet<>();
        for (OfferProblems.Problem p : ALL) {
            assertTrue(classes.add(p.solution()), p.solution() + " is listed twice");
            assertEquals(OfferProblems.class.getPackageName(), p.solution().getPackageName());
            assertTrue(Modifier.isPublic(p.solution().getModifiers()), p.solution().getSimpleName());
            assertFalse(p.title().isBlank(), "JZ" + p.number());
        }
        assertEquals(67, ALL.stream().map(OfferProblems.Problem::title).distinct().count());
    }

    @Test
    void everyProblemHasATestClass() {
        for (OfferProblems.Problem p : ALL) {
            assertDoesNotThrow(() -> Class.forName(p.solution().getName() + "Test"),
                    "JZ" + p.number() + " " + p.solution().getSimpleName() + " has no test class");
        }
    }

    @Test
    void everyClassCommentStartsWithItsNumberAndTitleAndGivesApproachComplexityAndOriginal() throws IOException {
        for (OfferProblems.Problem p : ALL) {
            // Surefire runs in the module's directory.
            Path source = Path.of("src/main/java", p.solution().getName().replace('.', '/') + ".java");
            String text = Files.readString(source);
            String comment = text.substring(text.indexOf("/**"), text.indexOf("public final class"));
            String name = p.solution().getSimpleName();
            assertTrue(comment.startsWith("/**\n * JZ" + p.number() + " " + p.title() + ":"),
                    name + " should open with \"JZ" + p.number() + " " + p.title() + ":\"");
            for (String part : new String[] {"Approach:", "Complexity:", "Original:"}) {
                assertTrue(comment.contains(part), name + " has no \"" + part + "\" paragraph");
            }
        }
    }
}
