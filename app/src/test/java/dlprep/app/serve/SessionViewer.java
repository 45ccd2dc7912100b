package dlprep.app.serve;

import dlprep.app.store.Database;
import dlprep.app.store.QuizStore;
import dlprep.app.store.ReadingStore;
import dlprep.app.store.RunStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A running viewer as {@code dlprep serve} starts it (quiz, run history and notes read in one database), and a
 * browser session on it: the session cookie and the form token of the last page that had one.
 */
final class SessionViewer {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    final int port;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String cookie;
    String token;

    /** Starts the viewer on {@code notes} and the database {@code dbFile}; both are added to {@code open}. */
    SessionViewer(Path notes, Path dbFile, List<AutoCloseable> open) throws IOException {
        Library library = new Library(notes, Duration.ZERO);
        Database db = Database.open(dbFile);
        open.add(db);
        Clock clock = Clock.systemUTC();
        ViewerServer server = ViewerServer.start(library, new RunStore(db, clock),
                Optional.of(new QuizRoutes(library, new QuizStore(db), clock)),
                Optional.of(new ReadingRoutes(library, new ReadingStore(db, clock))), "127.0.0.1", 0);
        open.add(server);
        port = server.port();
    }

    String origin() {
        return "http://127.0.0.1:" + port;
    }

    /** GET, remembering the session cookie and the form token the page carries. */
    HttpResponse<String> get(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(origin() + path));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        HttpResponse<String> r = send(b.build());
        r.headers().firstValue("Set-Cookie").ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
        Matcher m = TOKEN.matcher(r.body());
        if (m.find()) {
            token = m.group(1);
        }
        return r;
    }

    HttpResponse<String> post(String path, String contentType, String body, String origin, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(origin() + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (origin != null) {
            b.header("Origin", origin);
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return send(b.build());
    }

    /** A form POST as the viewer's own page sends it: same origin, session cookie, token field. */
    HttpResponse<String> form(String path, String fields) {
        return post(path, "application/x-www-form-urlencoded", "csrf=" + token + "&" + fields, origin(), cookie);
    }

    /** The quiz page's import form: multipart, the token as a field, the file as an upload. */
    HttpResponse<String> upload(String json) {
        String boundary = "----dlprep-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + json + "\r\n--" + boundary + "--\r\n";
        return post("/quiz/import", "multipart/form-data; boundary=" + boundary, body, origin(), cookie);
    }

    HttpResponse<String> importJson(String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(origin() + "/quiz/import"))
                .header("Content-Type", "application/json").header("Origin", origin()).header("Cookie", cookie)
                .header(CsrfGuard.HEADER, token).POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

