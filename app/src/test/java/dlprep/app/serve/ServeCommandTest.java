package dlprep.app.serve;

import dlprep.app.NotesFolders;
import dlprep.app.CommandLineHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dlprep serve} from the command line, for what ends without serving. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void aPortInUseIsOneLineNamingThePortAndWhatToDo() throws IOException {
        NotesFolders.create(dir);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String port = String.valueOf(taken.getLocalPort());
            CommandLineHarness run = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> CommandLineHarness.run("serve", "--port", port, "--notes", dir.toString(),
                            "--data-dir", dir.resolve("data").toString()));
            assertEquals(1, run.exitCode());
            assertEquals("dlprep serve: port " + port + " on 127.0.0.1 is in use (another dlprep serve?): stop that "
                    + "program or pass another --port", run.err().strip());
        }
    }

    @Test
    void aMissingNotesFolderIsNamed() {
        CommandLineHarness run = CommandLineHarness.run("serve", "--port", "0", "--notes", dir.resolve("nope").toString(),
                "--data-dir", dir.resolve("data").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("notes folder not found: " + dir.resolve("nope")), run.err());
    }

    @Test
    void aDatabaseLockedByAnotherProgramIsOneLineNamingIt() throws Exception {
        NotesFolders.create(dir);
        Path db = dir.resolve("data/dlprep.db");
        Files.createDirectories(db.getParent());
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = other.createStatement()) {
            s.execute("PRAGMA locking_mode=EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            CommandLineHarness run = CommandLineHarness.run("serve", "--port", "0", "--notes", dir.toString(),
                    "--data-dir", db.getParent().toString());
            assertEquals(1, run.exitCode());
            assertEquals("dlprep serve: the database " + db + " is locked by another program (another dlprep serve on "
                    + "the same --data-dir?); stop it or pass another --data-dir", run.err().strip());
        }
    }

    @Test
    void helpListsTheOptions() {
        CommandLineHarness run = CommandLineHarness.run("serve", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--port=N") && run.out().contains("default: 7077"), run.out());
        assertTrue(run.out().contains("--host=H") && run.out().contains("default: 127.0.0.1"), run.out());
        assertTrue(run.out().contains("--data-dir=D") && run.out().contains("default: ~/.dlprep"), run.out());
    }
}
