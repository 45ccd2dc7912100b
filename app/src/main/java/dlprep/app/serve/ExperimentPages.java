package dlprep.app.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dlprep.engine.train.TrainingEvent;
import dlprep.lab.Experiment;
import dlprep.lab.Params;
import dlprep.lab.Plotting;
import dlprep.lab.RunResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The experiment pages: the list by chapter, an experiment's form with its stored results, the live page of a
 * run (charts drawn by experiments.js with uPlot from the run's server-sent events), the 409 page of a start
 * while another run is going, and the history of stored runs with a chart comparing the selected ones.
 */
final class ExperimentPages {

    /** The form's fields, named as the JSON of a run's params, with their labels. */
    static final Map<String, String> FIELDS = fields();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHARTS = """
            <link rel="stylesheet" href="/assets/uplot/uPlot.min.css">
            <script defer src="/assets/uplot/uPlot.iife.min.js"></script>
            <script defer src="/assets/experiments.js"></script>
            """;

    private ExperimentPages() {
    }

    private static Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("epochs", "epochs");
        f.put("lr", "learning rate");
        f.put("batch_size", "batch size");
        f.put("seed", "seed");
        f.put("limit", "limit (training examples, 0 = all)");
        return f;
    }

    /** The form's values for {@code p}. */
    static Map<String, String> values(Params p) {
        return Map.of("epochs", Integer.toString(p.epochs()), "lr", Double.toString(p.lr()),
                "batch_size", Integer.toString(p.batchSize()), "seed", Long.toString(p.seed()),
                "limit", Integer.toString(p.limit()));
    }

    static String list(List<Experiment> experiments, Optional<LiveRun> running) {
        StringBuilder sb = new StringBuilder("<h1>Experiments</h1>\n");
        sb.append(runningNotice(running)).append("<p class=\"summary\">").append(experiments.size())
                .append(" experiments (<code>dlprep list</code> shows the same) · <a href=\"/history\">run history</a></p>\n");
        String chapter = null;
        for (Experiment e : experiments) {
            if (!e.chapter().equals(chapter)) {
                sb.append(chapter == null ? "" : "</dl>\n</section>\n").append("<section class=\"part\">\n<h2>")
                        .append(Html.escape(e.chapter())).append("</h2>\n<dl class=\"experiments\">\n");
                chapter = e.chapter();
            }
            sb.append("<dt><a href=\"/experiments/").append(Html.escape(e.id())).append("\">").append(Html.escape(e.id()))
                    .append("</a></dt>\n<dd>").append(Html.escape(e.description())).append("</dd>\n");
        }
        if (chapter != null) {
            sb.append("</dl>\n</section>\n");
        }
        return Layout.page("Experiments", "", false, sb.toString());
    }

    /** The form of {@code e} with {@code values}, an error message (or null), and the stored runs of {@code e}. */
    static String form(Experiment e, Map<String, String> values, String error, String csrfField,
                       List<RunHistory.StoredRun> stored, Optional<LiveRun> running) {
        StringBuilder sb = new StringBuilder("<p><a href=\"/experiments\">Experiments</a> › ")
                .append(Html.escape(e.chapter())).append("</p>\n<h1>").append(Html.escape(e.id())).append("</h1>\n<p>")
                .append(Html.escape(e.description())).append("</p>\n").append(runningNotice(running));
        if (error != null) {
            sb.append("<p class=\"error\" role=\"alert\">").append(Html.escape(error)).append("</p>\n");
        }
        sb.append("<form class=\"params\" method=\"post\" action=\"/experiments/").append(Html.escape(e.id()))
                .append("/run\">\n").append(csrfField).append('\n');
        for (Map.Entry<String, String> f : FIELDS.entrySet()) {
            sb.append("<label>").append(Html.escape(f.getValue())).append(" <input name=\"").append(f.getKey())
                    .append("\" value=\"").append(Html.escape(values.getOrDefault(f.getKey(), "")))
                    .append("\" inputmode=\"decimal\" required></label>\n");
        }
        sb.append("<button type=\"submit\">Run</button>\n</form>\n<p class=\"summary\">Bounds: epochs 1 to ")
                .append(Params.MAX_EPOCHS).append(", learning rate above 0 and at most 100, batch size 1 to ")
                .append(Params.MAX_BATCH).append(", limit 0 or more. One run at a time.</p>\n");
        if (e instanceof Plotting) {
            sb.append("<h2>Picture</h2>\n").append(figure(e, e.defaults(), "at the default settings"));
        }
        sb.append("<h2>Stored results</h2>\n");
        List<RunHistory.StoredRun> mine = stored.stream().filter(s -> s.result().experiment().equals(e.id())).toList();
        sb.append(mine.isEmpty() ? "<p>No runs yet.</p>\n" : runTable(mine, Set.of(), false));
        return Layout.page(e.id(), "", false, sb.toString());
    }

    /** The live page of {@code run}: state, elapsed and ETA, Cancel, charts, the epoch table, messages, result. */
    static String live(LiveRun run, String csrfField) {
        Params p = run.params();
        StringBuilder sb = new StringBuilder("<p><a href=\"/experiments\">Experiments</a> › <a href=\"/experiments/")
                .append(Html.escape(run.experiment().id())).append("\">").append(Html.escape(run.experiment().id()))
                .append("</a></p>\n<h1>Run ").append(run.id()).append(": ").append(Html.escape(run.experiment().id()))
                .append("</h1>\n<p class=\"summary\">").append(Html.escape(String.format(Locale.ROOT,
                        "epochs %d, lr %s, batch size %d, seed %d, limit %s", p.epochs(), number(p.lr()), p.batchSize(),
                        p.seed(), p.limit() == 0 ? "all" : Integer.toString(p.limit())))).append("</p>\n");
        sb.append("<section id=\"live\" data-events=\"/runs/").append(run.id()).append("/events\" data-started=\"")
                .append(run.started().toEpochMilli()).append("\">\n<p class=\"status\"><span id=\"state\">")
                .append(run.state().name().toLowerCase(Locale.ROOT)).append("</span> · elapsed <span id=\"elapsed\">0 s</span>")
                .append(" · ETA <span id=\"eta\">–</span> · <span id=\"progress\"></span></p>\n");
        if (run.running()) {
            sb.append("<form method=\"post\" action=\"/runs/").append(run.id()).append("/cancel\">").append(csrfField)
                    .append("<button type=\"submit\" id=\"cancel\">Cancel</button></form>\n");
        }
        sb.append("""
                <div class="charts"><div id="loss-chart"></div><div id="acc-chart"></div></div>
                <table class="epochs"><thead><tr id="epoch-head"><th>epoch</th><th>seconds</th></tr></thead>
                <tbody id="epoch-rows"></tbody></table>
                <ul id="messages"></ul>
                <div id="result"></div>
                </section>
                """);
        if (run.experiment() instanceof Plotting) {
            sb.append(figure(run.experiment(), p, "for this run's settings"));
        }
        sb.append(CHARTS);
        return Layout.page("Run " + run.id() + " · " + run.experiment().id(), "", false, sb.toString());
    }

    /** The figure of {@code e} for {@code p}, an image served by {@code /experiments/<id>/figure.svg}. */
    static String figure(Experiment e, Params p, String caption) {
        StringBuilder query = new StringBuilder();
        values(p).entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(v ->
                query.append(query.isEmpty() ? "?" : "&").append(v.getKey()).append('=').append(v.getValue()));
        String src = "/experiments/" + e.id() + "/figure.svg" + query;
        return "<figure class=\"plot\"><a href=\"" + Html.escape(src) + "\"><img src=\"" + Html.escape(src) + "\" alt=\""
                + Html.escape(e.id() + ": " + e.description()) + "\"></a><figcaption>" + Html.escape(e.id() + ", " + caption)
                + "</figcaption></figure>\n";
    }

    /** The answer to a start while {@code running} goes on. */
    static String busy(LiveRun running) {
        return Layout.page("Busy", "", false, "<h1>A run is in progress</h1>\n<p class=\"error\">Only one training run "
                + "at a time: run " + running.id() + " (" + Html.escape(running.experiment().id()) + ") is still going. "
                + "Wait for it to finish or cancel it on <a href=\"/runs/" + running.id() + "\">its page</a>, then start "
                + "again.</p>\n");
    }

    /** The stored runs with checkboxes, and a chart of the test loss and accuracy per epoch of the selected ones. */
    static String history(List<RunHistory.StoredRun> runs, Set<Long> selected) {
        StringBuilder sb = new StringBuilder("<h1>Run history</h1>\n<p class=\"summary\">").append(runs.size())
                .append(" stored runs, newest first; select some and compare their test curves.</p>\n");
        if (runs.isEmpty()) {
            return Layout.page("Run history", "", false, sb.append("<p>No runs yet: start one from <a href=\"/experiments\">"
                    + "Experiments</a>.</p>\n").toString());
        }
        sb.append("<form method=\"get\" action=\"/history\">\n").append(runTable(runs, selected, true))
                .append("<button type=\"submit\">Compare selected</button>\n</form>\n");
        ArrayNode series = JSON.createArrayNode();
        for (RunHistory.StoredRun s : runs) {
            if (selected.contains(s.id())) {
                series.add(curves(s));
            }
        }
        if (!series.isEmpty()) {
            // JSON in a data block (not run as script, so the Content-Security-Policy allows it); "<" escaped.
            sb.append("<div class=\"charts\" id=\"compare\"><div id=\"compare-loss\"></div><div id=\"compare-acc\"></div></div>\n")
                    .append("<script type=\"application/json\" id=\"compare-data\">")
                    .append(series.toString().replace("<", "\\u003c")).append("</script>\n").append(CHARTS);
        }
        return Layout.page("Run history", "", false, sb.toString());
    }

    private static ObjectNode curves(RunHistory.StoredRun s) {
        ObjectNode o = JSON.createObjectNode().put("label", "#" + s.id() + " " + s.result().experiment());
        ArrayNode loss = o.putArray("test_loss");
        ArrayNode acc = o.putArray("test_acc");
        for (TrainingEvent.EpochEnded e : s.result().history()) {
            loss.add(e.metrics().getOrDefault("test_loss", Double.NaN));
            Double a = e.metrics().get("test_acc");
            if (a == null) {
                acc.addNull();
            } else {
                acc.add(a);
            }
        }
        return o;
    }

    private static String runTable(List<RunHistory.StoredRun> runs, Set<Long> selected, boolean choose) {
        StringBuilder sb = new StringBuilder("<table class=\"runs\">\n<thead><tr>").append(choose ? "<th></th>" : "")
                .append("<th>run</th><th>experiment</th><th>finished</th><th>params</th><th>metrics</th><th>seconds</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (RunHistory.StoredRun s : runs) {
            RunResult r = s.result();
            Params p = r.params();
            sb.append("<tr>");
            if (choose) {
                sb.append("<td><input type=\"checkbox\" name=\"compare\" value=\"").append(s.id()).append("\"")
                        .append(selected.contains(s.id()) ? " checked" : "").append(" aria-label=\"compare run ")
                        .append(s.id()).append("\"></td>");
            }
            StringBuilder metrics = new StringBuilder();
            r.metrics().forEach((k, v) -> metrics.append(metrics.isEmpty() ? "" : ", ").append(k).append(' ').append(number(v)));
            sb.append("<td><a href=\"/history?compare=").append(s.id()).append("\">#").append(s.id()).append("</a></td><td>")
                    .append(Html.escape(r.experiment())).append("</td><td>").append(s.finished().toString(), 0, 19)
                    .append("</td><td>").append(Html.escape(String.format(Locale.ROOT, "epochs %d, lr %s, batch %d, seed %d, limit %d",
                            p.epochs(), number(p.lr()), p.batchSize(), p.seed(), p.limit()))).append("</td><td>")
                    .append(Html.escape(metrics.toString())).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.1f", r.totalSeconds())).append("</td></tr>\n");
        }
        return sb.append("</tbody>\n</table>\n").toString();
    }

    private static String runningNotice(Optional<LiveRun> running) {
        return running.map(r -> "<p class=\"notice\">Run " + r.id() + " (" + Html.escape(r.experiment().id())
                + ") is in progress: <a href=\"/runs/" + r.id() + "\">watch it</a>.</p>\n").orElse("");
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4g", v).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2").replaceFirst("\\.(e|$)", "$1");
    }
}
