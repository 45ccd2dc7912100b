package dlprep.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the dlprep command line in-process and keeps what it printed. */
public record CommandLineHarness(int exitCode, String out, String err) {

    public static CommandLineHarness run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
        return new CommandLineHarness(code, out.toString(), err.toString());
    }
}
