package dlprep.app.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Requests to a running viewer: through java.net.http.HttpClient, and raw over a socket for what HttpClient
 * will not send (a foreign Host header, a path with {@code ..} or encoded separators, byte for byte).
 */
record ViewerClient(int port, HttpClient http) {

    /** A status line's code and the rest of the response after the headers. */
    record Raw(int status, String response) {
    }

    ViewerClient(int port) {
        this(port, HttpClient.newHttpClient());
    }

    HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code GET rawPath} exactly as given, with this Host header. */
    Raw raw(String rawPath, String host) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Raw(Integer.parseInt(response.substring(9, 12)), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Raw raw(String rawPath) {
        return raw(rawPath, "127.0.0.1:" + port);
    }
}
