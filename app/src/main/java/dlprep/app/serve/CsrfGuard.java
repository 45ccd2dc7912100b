package dlprep.app.serve;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.SameSite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Guards the requests that change state (the POSTs) against cross-site request forgery, twice over:
 * <ul>
 *   <li>the {@code Origin} header must be this server's own origin ({@code http://} and the Host header, which
 *       {@link HostCheck} already checked); browsers send Origin with every cross-site POST, so a form on
 *       another site is refused here;</li>
 *   <li>a per-session token: a random 256-bit value in an HttpOnly, SameSite=Strict cookie, which every form
 *       of the viewer repeats in a hidden field (scripts send it as the {@code X-CSRF-Token} header); another
 *       site can neither read the cookie nor the page, so it cannot fill in the field.</li>
 * </ul>
 * Either failing is 403 with the reason.
 */
final class CsrfGuard {

    static final String COOKIE = "dlprep_session";
    static final String FIELD = "csrf";
    static final String HEADER = "X-CSRF-Token";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfGuard() {
    }

    /** The session's token, starting a session (setting the cookie) when the request has none. */
    static String token(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (token != null && TOKEN.matcher(token).matches()) {
            return token;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ctx.cookie(new Cookie(COOKIE, token, "/", -1, false, true, null, SameSite.STRICT));
        return token;
    }

    /** A hidden form field with the session's token, for the forms that POST. */
    static String field(Context ctx) {
        return "<input type=\"hidden\" name=\"" + FIELD + "\" value=\"" + token(ctx) + "\">";
    }

    /** Refuses {@code ctx} with 403 unless it comes from this server's own page with the session's token. */
    static void check(Context ctx) {
        String origin = ctx.header("Origin");
        String own = "http://" + ctx.header("Host");
        if (origin == null || !origin.equalsIgnoreCase(own)) {
            throw new ForbiddenResponse("refused: a request that changes data must come from this viewer's own pages "
                    + "(Origin " + (origin == null ? "missing" : "'" + origin + "'") + ", expected '" + own + "')");
        }
        String cookie = ctx.cookie(COOKIE);
        String sent = ctx.header(HEADER) != null ? ctx.header(HEADER) : ctx.formParam(FIELD);
        if (cookie == null || sent == null || !MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.US_ASCII))) {
            throw new ForbiddenResponse("refused: the form's session token is missing or does not match this "
                    + "browser's session; reload the page and try again");
        }
    }
}
