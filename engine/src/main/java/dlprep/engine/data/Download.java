package dlprep.engine.data;

import dlprep.engine.io.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Downloads a file over HTTP(S) and verifies it against a published MD5 checksum before it appears: the
 * bytes go to a temporary file that is renamed into place only when the checksum matches
 * ({@link AtomicFiles}), so a failed or corrupted download leaves nothing behind.
 */
public final class Download {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Told how far a download is: {@code bytes} of {@code total} (-1 when the server does not say). */
    @FunctionalInterface
    public interface Progress {
        void update(String name, long bytes, long total);
    }

    private Download() {
    }

    /** Downloads {@code url} to {@code target}, which is written only if the content's MD5 is {@code md5}. */
    public static void toFile(URI url, Path target, String md5, Progress progress) throws IOException {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(TIMEOUT)
                .build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("download of " + url + " interrupted");
        } catch (IOException e) {
            throw new IOException("cannot reach " + url + " (" + describe(e) + ")", e);
        }
        String name = target.getFileName().toString();
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + " for " + url);
            }
            long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            AtomicFiles.write(target, out -> {
                MessageDigest digest = md5();
                try (InputStream in = new DigestInputStream(body, digest)) {
                    byte[] buffer = new byte[1 << 16];
                    long done = 0;
                    progress.update(name, 0, total);
                    for (int r; (r = in.read(buffer)) >= 0; ) {
                        out.write(buffer, 0, r);
                        done += r;
                        progress.update(name, done, total);
                    }
                } catch (IOException e) {
                    throw new IOException("download of " + url + " broke off (" + describe(e) + ")", e);
                }
                String got = HexFormat.of().formatHex(digest.digest());
                if (!got.equalsIgnoreCase(md5)) {
                    throw new IOException("checksum mismatch for " + url + ": MD5 " + got + ", expected " + md5
                            + "; the download was discarded");
                }
            });
        }
    }

    /** The MD5 of a file's content, in lower-case hex. */
    public static String md5(Path file) throws IOException {
        MessageDigest digest = md5();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide MD5", e);
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() != null ? e.getClass().getSimpleName() + ": " + e.getMessage()
                : e.getClass().getSimpleName();
    }
}
