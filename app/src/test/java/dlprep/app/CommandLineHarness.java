package dlprep.app;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs the dlprep command line in-process and keeps what it printed. The writers are buffered like the
 * console's, so output a command forgets to flush is missing here as it would be in a terminal.
 */
public record CommandLineHarness(int exitCode, String out, String err) {

    public static CommandLineHarness run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(new BufferedWriter(out), true))
                .setErr(new PrintWriter(new BufferedWriter(err), true)).execute(args);
        return new CommandLineHarness(code, out.toString(), err.toString());
    }
}
