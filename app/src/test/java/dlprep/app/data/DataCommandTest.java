package dlprep.app.data;

import dlprep.app.CommandLineHarness;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataCommandTest {

    @Test
    void statusNamesEachLocationAndTheOneInUse() {
        CommandLineHarness r = CommandLineHarness.run("data", "status");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("fashion-mnist-subset"), r.out());  // DLPREP_DATA, set by the build
        assertTrue(r.out().contains("used for train and test"), r.out());
        assertTrue(r.out().contains(".dlprep/data"), r.out());
    }

    @Test
    void fetchFromAnUnreachableMirrorFailsWithOneClearLine() {
        CommandLineHarness r = CommandLineHarness.run("data", "fetch", "--mirror", "http://127.0.0.1:9/");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().startsWith("dlprep data fetch: "), r.err());
        assertTrue(r.err().contains("cannot reach http://127.0.0.1:9/"), r.err());
        assertTrue(r.err().contains("apt-get install dataset-fashion-mnist"), r.err());
        assertTrue(!r.err().contains("\tat "), "no stack trace: " + r.err());
    }
}
