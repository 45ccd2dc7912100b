package dlprep.app.serve;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Cross-site request forgery protection for state-changing requests (POST). Two checks, both required:
 * the {@code Origin} header must be this server's own origin ({@code http://} + the Host header, which
 * {@link HostCheck} has already accepted), and the request must carry the session's random token, as the
 * form field {@value #FIELD} or the header {@value #HEADER}, equal to the {@value #COOKIE} cookie
 * ("double-submit cookie": another site can make the browser send the cookie but cannot read it to copy
 * it into the form). The cookie is SameSite=Strict and HttpOnly.
 */
final class CsrfGuard {

    static final String COOKIE = "dlprep_csrf";
    static final String FIELD = "csrf";
    static final String HEADER = "X-CSRF-Token";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The session's token: the one in the request's cookie, or a new one set as the cookie of the response. */
    String token(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (token != null && TOKEN.matcher(token).matches()) {
            return token;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ctx.res().addHeader("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
        return token;
    }

    /** A hidden form field with the session's token, for the forms that POST. */
    String field(Context ctx) {
        return "<input type=\"hidden\" name=\"" + FIELD + "\" value=\"" + token(ctx) + "\">";
    }

    /** Throws 403 unless the request comes from this server's own pages with the session's token. */
    void check(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || !origin.equals("http://" + ctx.header("Host"))) {
            throw new ForbiddenResponse("refused: a change must come from this viewer's own pages (Origin '"
                    + origin + "' is not http://" + ctx.header("Host") + ")");
        }
        String cookie = ctx.cookie(COOKIE);
        String sent = ctx.header(HEADER) != null ? ctx.header(HEADER) : ctx.formParam(FIELD);
        if (cookie == null || sent == null || !MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenResponse("refused: the form's session token is missing or stale; reload the page "
                    + "and try again");
        }
    }
}
