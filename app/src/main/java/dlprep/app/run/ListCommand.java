package dlprep.app.run;

import dlprep.lab.Experiment;
import dlprep.lab.Experiments;
import picocli.CommandLine.Command;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** {@code dlprep list}: the experiments, by chapter, with one line each. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the experiments that `dlprep run` runs.")
public final class ListCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        String chapter = null;
        int width = Experiments.all().stream().mapToInt(e -> e.id().length()).max().orElse(0);
        for (Experiment e : Experiments.all()) {
            if (!e.chapter().equals(chapter)) {
                chapter = e.chapter();
                out.println(chapter);
            }
            out.printf("  %-" + width + "s  %s%n", e.id(), e.description());
        }
        if (Experiments.all().isEmpty()) {
            out.println("No experiments yet.");
        }
    }
}
