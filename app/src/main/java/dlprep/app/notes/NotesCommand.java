package dlprep.app.notes;

import dlprep.kb.KnowledgeBase;
import dlprep.kb.NotesCheck;
import dlprep.kb.NotesStats;
import dlprep.kb.Outline;
import dlprep.kb.Problem;
import dlprep.kb.Todos;
import dlprep.lab.Experiment;
import dlprep.lab.Experiments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code dlprep notes check|outline|todo|stats}: the tooling that keeps the knowledge base consistent. */
@Command(name = "notes", mixinStandardHelpOptions = true,
        description = "Checks the notes, generates the README outline, lists todo markers, counts.",
        subcommands = {NotesCommand.Check.class, NotesCommand.OutlineCommand.class, NotesCommand.Todo.class,
                NotesCommand.Stats.class})
public final class NotesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code dlprep notes check}: prints {@code file:line: message} per problem; exit 1 when there is any. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Reports broken links, anchors and images, math KaTeX cannot render, unknown experiments "
                    + "and questions, empty headings and malformed questions, as file:line: message.")
    static final class Check implements Callable<Integer> {
        @Mixin
        NotesFolder folder;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            KnowledgeBase kb = folder.load();
            List<Problem> problems = NotesCheck.run(kb, Experiments.all().stream().map(Experiment::id)
                    .collect(Collectors.toSet()));
            PrintWriter out = spec.commandLine().getOut();
            problems.forEach(out::println);
            out.println(kb.notes().size() + " notes, " + kb.questions().size() + " questions: "
                    + (problems.isEmpty() ? "no problems" : problems.size() + " problem(s)"));
            out.flush();
            return problems.isEmpty() ? 0 : 1;
        }
    }

    /** {@code dlprep notes outline [--write | --check]}: the README outline generated from the notes. */
    @Command(name = "outline", mixinStandardHelpOptions = true,
            description = "Prints the outline of the knowledge base; --write puts it into the README between its "
                    + "markers, --check fails (exit 1) when the README's outline is stale.")
    static final class OutlineCommand implements Callable<Integer> {
        @Mixin
        NotesFolder folder;
        @Option(names = "--readme", paramLabel = "FILE", description = "the README holding the outline (default: "
                + "README.md beside the notes folder)")
        Path readme;
        @Option(names = "--write", description = "rewrite the outline in the README")
        boolean write;
        @Option(names = "--check", description = "exit 1 if the README's outline differs from the notes")
        boolean check;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (write && check) {
                throw new IllegalArgumentException("--write and --check exclude each other");
            }
            KnowledgeBase kb = folder.load();
            Path notes = folder.resolve().toAbsolutePath().normalize();
            Path readmeFile = (readme != null ? readme : notes.getParent().resolve("README.md")).toAbsolutePath().normalize();
            String prefix = readmeFile.getParent().relativize(notes).toString().replace('\\', '/');
            PrintWriter out = spec.commandLine().getOut();
            try {
                if (write) {
                    Outline.write(kb, readmeFile, prefix);
                    out.println("outline written to " + readmeFile);
                    return 0;
                }
                if (check) {
                    boolean current = Outline.isCurrent(kb, readmeFile, prefix);
                    out.println(current ? "outline in " + readmeFile + " is up to date"
                            : "outline in " + readmeFile + " is stale: run `dlprep notes outline --write`");
                    return current ? 0 : 1;
                }
                out.print(Outline.render(kb, prefix));
                return 0;
            } finally {
                out.flush();
            }
        }
    }

    /** {@code dlprep notes todo}: every todo marker as {@code file:line: text}. */
    @Command(name = "todo", mixinStandardHelpOptions = true, description = "Lists the **todo** markers as file:line: text.")
    static final class Todo implements Callable<Integer> {
        @Mixin
        NotesFolder folder;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            List<Todos.Marker> markers = Todos.of(folder.load());
            PrintWriter out = spec.commandLine().getOut();
            markers.forEach(out::println);
            out.println(markers.size() + " todo marker(s)");
            out.flush();
            return 0;
        }
    }

    /** {@code dlprep notes stats}: a table of counts per part. */
    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = "Counts notes, words, formulas, questions and todo markers per part.")
    static final class Stats implements Callable<Integer> {
        @Mixin
        NotesFolder folder;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-15s %6s %8s %9s %10s %6s%n", "part", "notes", "words", "formulas", "questions", "todos");
            for (NotesStats.Row r : NotesStats.of(folder.load())) {
                out.printf("%-15s %6d %8d %9d %10d %6d%n", r.part(), r.notes(), r.words(), r.formulas(), r.questions(),
                        r.todos());
            }
            out.flush();
            return 0;
        }
    }
}
