package dlprep.app.serve;

import dlprep.app.notes.NotesFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code dlprep serve}: the local web viewer of the notes and the experiments, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the notes as web pages on this machine: the parts and their notes, each note with its "
                + "formulas (KaTeX), contents, related interview questions and previous/next; search (Chinese "
                + "too); the todo list; the experiments, run with live loss and accuracy charts, and their "
                + "history. Edited notes show on the next page load. Everything is served locally, "
                + "so it works offline. Runs until Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {

    /** The port when none is given: fixed, so a bookmark keeps working. */
    static final int DEFAULT_PORT = 7077;

    @Option(names = "--port", paramLabel = "N", description = "the port (default: ${DEFAULT-VALUE})")
    int port = DEFAULT_PORT;
    @Option(names = "--host", paramLabel = "H", description = "the address to listen on (default: ${DEFAULT-VALUE}, "
            + "this machine only); requests must name it, localhost or 127.0.0.1 in their Host header")
    String host = "127.0.0.1";
    @Mixin
    NotesFolder notes;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Library library = new Library(notes.resolve(), Duration.ofSeconds(1));
        ViewerServer server = ViewerServer.start(library, new InMemoryRunHistory(), host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "dlprep-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        String shown = host.contains(":") ? "[" + host + "]" : host;
        out.println("DL-Prep viewer: http://" + shown + ":" + server.port() + "/  (notes from "
                + library.root().toAbsolutePath().normalize() + "; Ctrl-C stops it)");
        out.flush();
        new CountDownLatch(1).await();
        return 0;
    }
}
