package dlprep.app.serve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Refuses requests whose {@code Host} header is not this server's own name and port. A page on another site
 * can make the browser resolve its own domain to 127.0.0.1 (DNS rebinding) and then read the viewer as if
 * same-origin; such requests still carry that domain in {@code Host}, so they are refused here.
 */
final class HostCheck {

    private final Set<String> names;
    private final IntSupplier port;

    /** Accepts {@code 127.0.0.1}, {@code localhost}, {@code [::1]} and {@code host}, each with the bound port. */
    HostCheck(String host, IntSupplier port) {
        this.names = Set.copyOf(List.of("127.0.0.1", "localhost", "[::1]", host.toLowerCase(Locale.ROOT)));
        this.port = port;
    }

    boolean allows(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String value = hostHeader.strip().toLowerCase(Locale.ROOT);
        int colon = value.lastIndexOf(':');
        if (colon < 0 || value.endsWith("]")) {
            return false;
        }
        return names.contains(value.substring(0, colon)) && value.substring(colon + 1).equals(String.valueOf(port.getAsInt()));
    }
}
