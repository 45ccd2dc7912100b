package dlprep.app.serve;

import dlprep.app.store.ReadingStore;
import dlprep.kb.KnowledgeBase;
import dlprep.kb.Note;
import dlprep.kb.Part;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.util.List;
import java.util.Set;

/**
 * The reader's progress through the notes: {@code POST /notes/<part>/<file>.md} (the note's own URL, after
 * {@link CsrfGuard}) marks that note as read ({@code read=no}: not read) and goes back to it; the note page shows
 * whether it is read with the button, the home page how many notes are read, per part and in all.
 *
 * <p>A button, not the opening of the page: a note is opened on the way to another (previous/next, a search hit,
 * the source of a quiz card) more often than it is read, and a GET must not change what is stored.
 */
final class ReadingRoutes {

    private final Library library;
    private final ReadingStore store;

    ReadingRoutes(Library library, ReadingStore store) {
        this.library = library;
        this.store = store;
    }

    void register(RoutesConfig routes) {
        routes.post("/notes/{part}/{file}", this::mark);
    }

    /** {@code page} (the home page) with the read counts filled in. */
    String home(String page, KnowledgeBase kb) {
        Set<String> read = store.read();
        long total = kb.notes().stream().filter(n -> read.contains(n.id())).count();
        String filled = page.replace(Pages.READ_SLOT, "<p class=\"summary reading\">Notes read: <span class=\"notes-read\">"
                + total + "</span> of " + kb.notes().size() + "</p>");
        for (Part part : Part.ALL) {
            List<Note> notes = kb.notesOf(part);
            long count = notes.stream().filter(n -> read.contains(n.id())).count();
            filled = filled.replace(Pages.readSlot(part), "<small class=\"part-read\"><span class=\"read-count\">"
                    + count + "</span> of " + notes.size() + " read</small>");
        }
        return filled;
    }

    /** {@code page} (the page of {@code note}) with its read state and the button that changes it. */
    String note(String page, Note note, Context ctx) {
        boolean read = store.read().contains(note.id());
        String form = "<form class=\"read-state\" method=\"post\" action=\"" + Html.escape(ViewerLinks.note(note.id()))
                + "\">" + CsrfGuard.field(ctx) + "<input type=\"hidden\" name=\"read\" value=\"" + (read ? "no" : "yes")
                + "\">" + (read ? "<span class=\"read\">✓ read</span> <button type=\"submit\">Mark as not read</button>"
                : "<button type=\"submit\">Mark as read</button>") + "</form>\n";
        ctx.header("Cache-Control", "no-store");
        return page.replace(NotePage.READ_SLOT, form);
    }

    private void mark(Context ctx) {
        CsrfGuard.check(ctx);
        String id = ctx.pathParam("part") + "/" + ctx.pathParam("file");
        Note note = library.current().kb.note(id).orElseThrow(() -> new NotFoundResponse("no note " + id));
        store.mark(note.id(), !"no".equals(ctx.formParam("read")));
        ctx.redirect(ViewerLinks.note(note.id()), HttpStatus.SEE_OTHER);
    }
}
