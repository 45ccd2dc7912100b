package dlprep.app.serve;

import dlprep.app.notes.NotesFolder;
import dlprep.app.store.Database;
import dlprep.app.store.QuizStore;
import dlprep.app.store.ReadingStore;
import dlprep.app.store.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code dlprep serve}: the local web viewer of the notes and the experiments, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the notes as web pages on this machine: the parts and their notes, each note with its "
                + "formulas (KaTeX), contents, related interview questions and previous/next; search (Chinese "
                + "too); the todo list; the experiments, run with live loss and accuracy charts, and their "
                + "history; the quiz over the interview bank (FSRS-4.5); the notes marked as read. Quiz progress, "
                + "run history and notes read are kept in <data-dir>/dlprep.db. Edited notes show on the next page "
                + "load. Everything is served locally, so it works offline. Runs until Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {

    /** The port when none is given: fixed, so a bookmark keeps working. */
    static final int DEFAULT_PORT = 7077;

    @Option(names = "--port", paramLabel = "N", description = "the port (default: ${DEFAULT-VALUE})")
    int port = DEFAULT_PORT;
    @Option(names = "--host", paramLabel = "H", description = "the address to listen on (default: ${DEFAULT-VALUE}, "
            + "this machine only); requests must name it, localhost or 127.0.0.1 in their Host header")
    String host = "127.0.0.1";
    @Option(names = "--data-dir", paramLabel = "D", description = "the folder of dlprep.db (quiz progress, run "
            + "history, notes read), created if missing (default: ~/.dlprep)")
    Path dataDir = Path.of(System.getProperty("user.home"), ".dlprep");
    @Mixin
    NotesFolder notes;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Library library = new Library(notes.resolve(), Duration.ofSeconds(1));
        Database db = Database.open(dataDir.resolve("dlprep.db"));
        PrintWriter out = spec.commandLine().getOut();
        db.notice().ifPresent(notice -> spec.commandLine().getErr().println("dlprep serve: " + notice));
        Clock clock = Clock.systemDefaultZone();
        QuizRoutes quiz = new QuizRoutes(library, new QuizStore(db), clock);
        ReadingRoutes reading = new ReadingRoutes(library, new ReadingStore(db, clock));
        ViewerServer server;
        try {
            server = ViewerServer.start(library, new RunStore(db, clock), Optional.of(quiz), Optional.of(reading),
                    host, port);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            db.close();
        }, "dlprep-serve-stop"));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        out.println("DL-Prep viewer: http://" + shown + ":" + server.port() + "/  (notes from "
                + library.root().toAbsolutePath().normalize() + ", progress and run history in "
                + db.file().toAbsolutePath().normalize() + "; Ctrl-C stops it)");
        out.flush();
        new CountDownLatch(1).await();
        return 0;
    }
}
