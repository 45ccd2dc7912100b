package dlprep.app.notes;

import dlprep.app.CommandLineHarness;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The project's own notes folder passes {@code dlprep notes check}, and the README's outline is the one the
 * notes generate: what CI enforces, run by the README's test command.
 */
class KnowledgeBaseConsistencyTest {

    @Test
    void theNotesPassTheCheck() {
        CommandLineHarness r = CommandLineHarness.run("notes", "check");
        assertEquals(0, r.exitCode(), r.out() + r.err());
    }

    @Test
    void theReadmeOutlineIsUpToDate() {
        CommandLineHarness r = CommandLineHarness.run("notes", "outline", "--check");
        assertEquals(0, r.exitCode(), r.out() + r.err());
    }
}
