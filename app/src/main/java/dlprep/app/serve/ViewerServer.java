package dlprep.app.serve;

import dlprep.kb.Part;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.util.JavalinBindException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The local web viewer: Javalin serving the notes as pages. Every response carries {@code Server-Timing:
 * app;dur=<ms>}, the time from the request reaching the router to the response being written out.
 *
 * <p>Routes: {@code /} home, {@code /notes/<part>/<file>.md} a note, {@code /notes/<part>/Pics/<file>} its
 * images, {@code /search?q=} search, {@code /todo} the todo markers, {@code /assets/...} stylesheet, scripts
 * KaTeX and uPlot, the experiment routes of {@link ExperimentRoutes}; with a quiz store, the quiz pages of
 * {@link QuizRoutes} and the quiz numbers on the home page; with a reading store, the notes read on the home and
 * note pages and the "mark as read" route of {@link ReadingRoutes}.
 */
final class ViewerServer implements AutoCloseable {

    private static final Map<String, String> IMAGE_TYPES = Map.of(
            "svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg",
            "gif", "image/gif", "webp", "image/webp");
    /** Scripts and styles only from the viewer itself; KaTeX writes inline styles, hence 'unsafe-inline'. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; frame-ancestors 'none'";
    private static final String STARTED = "dlprep.started";
    /**
     * No referrer to other sites (a note's outside links), the own origin within the viewer. Not "no-referrer":
     * under it browsers send {@code Origin: null} with every POST (Fetch, "serializing a request origin"), and
     * {@link CsrfGuard} refused each form of the viewer; the browser tests found it.
     */
    static final String REFERRER_POLICY = "same-origin";

    private final Javalin app;
    private final TrainingRuns runs;

    private ViewerServer(Javalin app, TrainingRuns runs) {
        this.app = app;
        this.runs = runs;
    }

    /**
     * Starts the viewer of {@code library} on {@code host}:{@code port} (port 0 picks a free one), storing finished
     * training runs in {@code history}, with the quiz pages when {@code quiz} is present and the notes read when
     * {@code reading} is. A port in use is an IllegalStateException saying so.
     */
    static ViewerServer start(Library library, RunHistory history, Optional<QuizRoutes> quiz,
                              Optional<ReadingRoutes> reading, String host, int port) {
        AtomicInteger boundPort = new AtomicInteger(port);
        HostCheck hosts = new HostCheck(host, boundPort::get);
        Assets assets = new Assets();
        TrainingRuns runs = new TrainingRuns(history);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.routes.before(ctx -> {
                ctx.attribute(STARTED, System.nanoTime());
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", REFERRER_POLICY);
                ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                if (!hosts.allows(ctx.header("Host"))) {
                    throw new ForbiddenResponse("Host '" + ctx.header("Host") + "' is not this server's name; "
                            + "open the viewer as http://127.0.0.1:" + boundPort.get() + "/");
                }
            });
            config.routes.get("/", ctx -> {
                Library.Snapshot snapshot = library.current();
                String home = snapshot.page("/", () -> Pages.home(snapshot.kb));
                String withQuiz = quiz.map(q -> home.replace(Pages.PROGRESS_SLOT, q.homeProgress())).orElse(home);
                ctx.html(reading.map(r -> r.home(withQuiz, snapshot.kb)).orElse(withQuiz));
            });
            quiz.ifPresent(q -> q.register(config));
            config.routes.get("/notes/{part}/{file}", ctx -> note(ctx, library, reading));
            reading.ifPresent(r -> r.register(config.routes));
            config.routes.get("/notes/{part}/Pics/{file}", ctx -> picture(ctx, library.root()));
            config.routes.get("/search", ctx -> {
                String q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
                ctx.html(Pages.search(q, library.current().search.search(q)));
            });
            config.routes.get("/todo", ctx -> ctx.html(Pages.todo(library.current().kb)));
            config.routes.get("/assets/katex/<file>", ctx -> asset(ctx, assets.katex(ctx.pathParam("file")), true));
            config.routes.get("/assets/uplot/{file}", ctx -> asset(ctx, assets.uplot(ctx.pathParam("file")), true));
            ExperimentRoutes.add(config.routes, runs, history);
            config.routes.get("/assets/{file}", ctx -> asset(ctx, assets.own(ctx.pathParam("file")), false));
            config.routes.error(404, ctx -> ctx.html(Pages.notFound("Nothing here at " + ctx.path() + ".")));
            config.routes.after(ctx -> {
                Long started = ctx.attribute(STARTED);
                if (started != null) {
                    ctx.header("Server-Timing", String.format(Locale.ROOT, "app;dur=%.2f",
                            (System.nanoTime() - started) / 1e6));
                }
            });
        });
        try {
            app.start(host, port);
        } catch (JavalinBindException e) {
            runs.close();
            throw new IllegalStateException("port " + port + " on " + host + " is in use (another dlprep serve?): "
                    + "stop that program or pass another --port", e);
        }
        boundPort.set(app.port());
        return new ViewerServer(app, runs);
    }

    int port() {
        return app.port();
    }

    @Override
    public void close() {
        runs.close();
        app.stop();
    }

    private static void note(Context ctx, Library library, Optional<ReadingRoutes> reading) {
        String id = ctx.pathParam("part") + "/" + ctx.pathParam("file");
        Library.Snapshot snapshot = library.current();
        snapshot.kb.note(id).ifPresentOrElse(note -> {
            String page = snapshot.page(id, () -> NotePage.render(snapshot.kb, note));
            ctx.html(reading.map(r -> r.note(page, note, ctx)).orElse(page));
        }, () -> ctx.status(404));
    }

    private static void picture(Context ctx, Path notesRoot) throws IOException {
        String part = ctx.pathParam("part");
        String file = ctx.pathParam("file");
        String type = IMAGE_TYPES.get(file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        Optional<Path> path = Part.of(part).isEmpty() || type == null ? Optional.empty()
                : SafeFiles.resolve(notesRoot.resolve(part).resolve("Pics"), file);
        if (path.isEmpty()) {
            ctx.status(404);
            return;
        }
        ctx.contentType(type).result(Files.readAllBytes(path.get()));
    }

    private static void asset(Context ctx, Optional<Assets.Asset> asset, boolean immutable) {
        if (asset.isEmpty()) {
            ctx.status(404);
            return;
        }
        ctx.header("Cache-Control", immutable ? "public, max-age=86400" : "no-cache");
        ctx.contentType(asset.get().contentType()).result(asset.get().bytes());
    }
}
