package dlprep.app.serve;

import dlprep.lab.Experiment;
import dlprep.lab.Experiments;
import dlprep.lab.Params;
import dlprep.lab.Plotting;
import dlprep.lab.plot.FigureFiles;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.sse.SseClient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The experiment routes: {@code GET /experiments} the list, {@code GET /experiments/<id>} the form and stored
 * results, {@code POST /experiments/<id>/run} a start (303 to the run's page; the form again with a message for
 * a bad value; 409 while another run goes on), {@code GET /runs/<n>} the live page, {@code GET /runs/<n>/events}
 * its server-sent events, {@code POST /runs/<n>/cancel}, and {@code GET /history?compare=<id>...}. POSTs
 * pass the {@link CsrfGuard}.
 */
final class ExperimentRoutes {

    /** How long an event stream waits for news before it sends a comment (which also notices a closed page). */
    private static final long SSE_WAIT_MS = 1000;

    private final TrainingRuns runs;
    private final RunHistory history;

    private ExperimentRoutes(TrainingRuns runs, RunHistory history) {
        this.runs = runs;
        this.history = history;
    }

    /** Adds the routes to {@code routes}, running trainings on {@code runs} and storing results in {@code history}. */
    static void add(RoutesConfig routes, TrainingRuns runs, RunHistory history) {
        ExperimentRoutes r = new ExperimentRoutes(runs, history);
        routes.get("/experiments", ctx -> ctx.html(ExperimentPages.list(Experiments.all(), runs.running())));
        routes.get("/experiments/{id}", r::form);
        routes.post("/experiments/{id}/run", r::start);
        routes.get("/experiments/{id}/figure.svg", ExperimentRoutes::figure);
        routes.get("/runs/{n}", r::live);
        routes.sse("/runs/{n}/events", r::events);
        routes.post("/runs/{n}/cancel", r::cancel);
        routes.get("/history", r::history);
    }

    private void form(Context ctx) {
        Optional<Experiment> e = Experiments.find(ctx.pathParam("id"));
        if (e.isEmpty()) {
            ctx.status(404);
            return;
        }
        ctx.html(ExperimentPages.form(e.get(), ExperimentPages.values(e.get().defaults()), null, CsrfGuard.field(ctx),
                history.all(), runs.running()));
    }

    private void start(Context ctx) {
        CsrfGuard.check(ctx);
        Optional<Experiment> e = Experiments.find(ctx.pathParam("id"));
        if (e.isEmpty()) {
            ctx.status(404);
            return;
        }
        Map<String, String> values = new HashMap<>();
        for (String field : ExperimentPages.FIELDS.keySet()) {
            values.put(field, Optional.ofNullable(ctx.formParam(field)).orElse("").strip());
        }
        Params params;
        try {
            params = params(values);
        } catch (IllegalArgumentException bad) {
            ctx.status(400).html(ExperimentPages.form(e.get(), values, bad.getMessage(), CsrfGuard.field(ctx), history.all(),
                    runs.running()));
            return;
        }
        Optional<LiveRun> run = runs.start(e.get(), params);
        if (run.isEmpty()) {
            ctx.status(409).html(ExperimentPages.busy(runs.running().orElseThrow()));
            return;
        }
        ctx.redirect("/runs/" + run.get().id(), HttpStatus.SEE_OTHER);
    }

    /**
     * The experiment's figure for the params in the query, computed afresh (the figures are deterministic for their
     * params and take at most a few seconds); 404 for an experiment that draws nothing, 400 for a bad value.
     */
    private static void figure(Context ctx) throws Exception {
        Optional<Experiment> e = Experiments.find(ctx.pathParam("id"));
        if (e.isEmpty() || !(e.get() instanceof Plotting plotting)) {
            ctx.status(404);
            return;
        }
        Map<String, String> values = new HashMap<>(ExperimentPages.values(e.get().defaults()));
        for (String field : ExperimentPages.FIELDS.keySet()) {
            Optional.ofNullable(ctx.queryParam(field)).ifPresent(v -> values.put(field, v.strip()));
        }
        String svg;
        try {
            svg = FigureFiles.svg(plotting.figure(params(values)));
        } catch (IllegalArgumentException bad) {
            ctx.status(400).contentType("text/plain; charset=utf-8").result(bad.getMessage());
            return;
        }
        ctx.contentType("image/svg+xml; charset=utf-8").result(svg);
    }

    private void live(Context ctx) {
        find(ctx).ifPresentOrElse(run -> ctx.html(ExperimentPages.live(run, CsrfGuard.field(ctx))), () -> ctx.status(404));
    }

    /** Replays the run's events, then sends new ones as they come; ends after the last, or when the page closes. */
    private void events(SseClient client) {
        Optional<LiveRun> run = find(client.ctx());
        if (run.isEmpty()) {
            client.sendEvent("failed", "{\"event\":\"failed\",\"text\":\"no such run on this server (only the last "
                    + TrainingRuns.KEPT + " are kept here); see the run history\"}");
            return;
        }
        int sent = 0;
        try {
            while (!client.terminated()) {
                LiveRun.Batch batch = run.get().after(sent, SSE_WAIT_MS);
                for (LiveRun.Event event : batch.events()) {
                    client.sendEvent(event.name(), event.data());
                }
                sent += batch.events().size();
                if (batch.ended()) {
                    return;
                }
                if (batch.events().isEmpty()) {
                    client.sendComment("waiting");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void cancel(Context ctx) {
        CsrfGuard.check(ctx);
        Optional<LiveRun> run = find(ctx);
        if (run.isEmpty()) {
            ctx.status(404);
            return;
        }
        run.get().cancel();
        ctx.redirect("/runs/" + run.get().id(), HttpStatus.SEE_OTHER);
    }

    private void history(Context ctx) {
        Set<Long> selected = ctx.queryParams("compare").stream().filter(s -> s.matches("\\d{1,18}"))
                .map(Long::parseLong).collect(Collectors.toSet());
        List<RunHistory.StoredRun> all = history.all();
        ctx.html(ExperimentPages.history(all, selected));
    }

    private Optional<LiveRun> find(Context ctx) {
        String n = ctx.pathParam("n");
        return n.matches("\\d{1,18}") ? runs.find(Long.parseLong(n)) : Optional.empty();
    }

    /** The params of the form's fields; an error names the field and what it must be. */
    private static Params params(Map<String, String> values) {
        return new Params(whole(values, "epochs"), decimal(values, "lr"), whole(values, "batch_size"),
                Long.parseLong(check(values, "seed", "-?\\d{1,18}", "a whole number")), whole(values, "limit"));
    }

    private static int whole(Map<String, String> values, String field) {
        return Integer.parseInt(check(values, field, "-?\\d{1,9}", "a whole number"));
    }

    private static double decimal(Map<String, String> values, String field) {
        return Double.parseDouble(check(values, field, "[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d{1,3})?", "a number"));
    }

    /** {@code values[field]} if it matches {@code pattern}, else an error naming the field and what it must be. */
    private static String check(Map<String, String> values, String field, String pattern, String what) {
        String v = values.get(field);
        if (!v.matches(pattern)) {
            throw new IllegalArgumentException(ExperimentPages.FIELDS.get(field) + " must be " + what + ", got '" + v + "'");
        }
        return v;
    }
}
