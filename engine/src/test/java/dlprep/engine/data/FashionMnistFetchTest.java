package dlprep.engine.data;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link FashionMnist#fetch} against a mirror on 127.0.0.1 serving generated files. */
class FashionMnistFetchTest {

    @TempDir
    Path tmp;

    HttpServer server;
    URI mirror;
    final Map<String, byte[]> served = new HashMap<>();
    final Map<String, String> checksums = new LinkedHashMap<>();

    @BeforeEach
    void startMirror() throws IOException {
        Path made = tmp.resolve("made");
        FashionMnistTest.fakeSplit(made, true, 12, true);
        FashionMnistTest.fakeSplit(made, false, 4, true);
        for (String name : FashionMnist.CHECKSUMS.keySet()) { // the real names, in the real order
            served.put(name, Files.readAllBytes(made.resolve(name)));
            checksums.put(name, Download.md5(made.resolve(name)));
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/mirror/", exchange -> {
            byte[] body = served.get(exchange.getRequestURI().getPath().substring("/mirror/".length()));
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
        mirror = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mirror/");
    }

    @AfterEach
    void stopMirror() {
        server.stop(0);
    }

    @Test
    void fetchDownloadsVerifiesAndReportsProgress() throws IOException {
        Path target = tmp.resolve("data");
        List<String> progress = new ArrayList<>();
        FashionMnist.fetch(target, mirror, checksums, (name, bytes, total) -> progress.add(name + " " + bytes + "/" + total));
        for (String name : checksums.keySet()) {
            assertArrayEquals(served.get(name), Files.readAllBytes(target.resolve(name)));
            int n = served.get(name).length;
            assertTrue(progress.contains(name + " " + n + "/" + n), progress.toString());
        }
        assertEquals(12, FashionMnist.load(target, true).size());
        assertEquals(4, FashionMnist.load(target, false).size());
    }

    @Test
    void checksumMismatchLeavesNoFileBehind() throws IOException {
        Path target = tmp.resolve("data");
        String first = checksums.keySet().iterator().next();
        checksums.put(first, "00000000000000000000000000000000");
        IOException e = assertThrows(IOException.class, () -> FashionMnist.fetch(target, mirror, checksums, (n, b, t) -> { }));
        assertTrue(e.getMessage().startsWith("fetch " + first + ": checksum mismatch"), e.getMessage());
        assertTrue(e.getMessage().contains("expected 00000000000000000000000000000000"), e.getMessage());
        try (var left = Files.list(target)) {
            assertEquals(List.of(), left.toList(), "neither the file nor its temporary file may remain");
        }
    }

    @Test
    void missingFileOnTheMirrorIsAnHttpError() {
        served.remove("t10k-labels-idx1-ubyte.gz");
        IOException e = assertThrows(IOException.class,
                () -> FashionMnist.fetch(tmp.resolve("data"), mirror, checksums, (n, b, t) -> { }));
        assertTrue(e.getMessage().startsWith("fetch t10k-labels-idx1-ubyte.gz: HTTP 404 for " + mirror), e.getMessage());
        assertTrue(Files.isRegularFile(tmp.resolve("data/train-images-idx3-ubyte.gz")), "earlier files are kept");
        assertTrue(Files.notExists(tmp.resolve("data/t10k-labels-idx1-ubyte.gz")));
    }

    @Test
    void unreachableMirrorExplainsTheOfflineAlternatives() {
        server.stop(0);
        IOException e = assertThrows(IOException.class,
                () -> FashionMnist.fetch(tmp.resolve("data"), mirror, checksums, (n, b, t) -> { }));
        String m = e.getMessage();
        assertTrue(m.contains("cannot reach " + mirror), m);
        assertTrue(m.contains("apt-get install dataset-fashion-mnist"), m);
        assertTrue(m.contains("$DLPREP_DATA/fashion-mnist"), m);
    }

    @Test
    void filesAlreadyThereWithTheRightChecksumAreNotDownloadedAgain() throws IOException {
        Path target = tmp.resolve("data");
        FashionMnist.fetch(target, mirror, checksums, (n, b, t) -> { });
        server.stop(0);
        FashionMnist.fetch(target, mirror, checksums, (n, b, t) -> { });
        assertEquals(12, FashionMnist.load(target, true).size());
    }

    @Test
    void publishedChecksumsAreTheReadmes() {
        assertEquals("8d4fb7e6c68d591d4c3dfef9ec88bf0d", FashionMnist.CHECKSUMS.get("train-images-idx3-ubyte.gz"));
        assertEquals("25c81989df183df01b3e8a0aad5dffbe", FashionMnist.CHECKSUMS.get("train-labels-idx1-ubyte.gz"));
        assertEquals("bef4ecab320f06d8554ea6380940ec79", FashionMnist.CHECKSUMS.get("t10k-images-idx3-ubyte.gz"));
        assertEquals("bb300cfdad3c16e7a12a480ee83cd310", FashionMnist.CHECKSUMS.get("t10k-labels-idx1-ubyte.gz"));
    }
}
