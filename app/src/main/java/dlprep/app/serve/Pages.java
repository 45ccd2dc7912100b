package dlprep.app.serve;

import dlprep.kb.Heading;
import dlprep.kb.KnowledgeBase;
import dlprep.kb.Note;
import dlprep.kb.Part;
import dlprep.kb.Todos;

import java.util.List;

/** The viewer's small pages: home, search results, the todo list, and "not found". */
final class Pages {

    /** Where the home page shows the reader's quiz numbers, filled in per request (the rest is cached). */
    static final String PROGRESS_SLOT = "<!-- progress -->";
    /** Where the home page shows how many notes are read in all; {@link #readSlot} per part. */
    static final String READ_SLOT = "<!-- read -->";

    private Pages() {
    }

    static String home(KnowledgeBase kb) {
        StringBuilder sb = new StringBuilder();
        sb.append("<h1>DL-Prep</h1>\n<p class=\"summary\">").append(kb.notes().size()).append(" notes · ")
                .append("<a href=\"#").append(Part.INTERVIEW).append("\">interview bank: ").append(kb.questions().size())
                .append(" questions</a> · ")
                .append("<a href=\"/todo\">").append(Todos.of(kb).size()).append(" todo markers</a></p>\n")
                .append(READ_SLOT).append('\n').append(PROGRESS_SLOT).append('\n');
        sb.append("""
                <form class="search big" action="/search" role="search">
                <input type="search" name="q" placeholder="搜索笔记和面试题 (e.g. 批归一化, softmax)" aria-label="search">
                <button type="submit">搜索</button>
                </form>
                """);
        for (Part part : Part.ALL) {
            List<Note> notes = kb.notesOf(part);
            sb.append("<section class=\"part\" id=\"").append(part.folder()).append("\">\n<h2>")
                    .append(Html.escape(part.title())).append(' ').append(readSlot(part)).append("</h2>\n<ol>\n");
            for (Note note : notes) {
                sb.append("<li><a href=\"").append(Html.escape(ViewerLinks.note(note.id()))).append("\">")
                        .append(Html.escape(note.frontMatter().title())).append("</a></li>\n");
            }
            sb.append("</ol>\n</section>\n");
        }
        return Layout.page("Home", "", false, sb.toString());
    }

    /** Where the home page shows how many notes of {@code part} are read. */
    static String readSlot(Part part) {
        return "<!-- read:" + part.folder() + " -->";
    }

    static String search(String query, List<SearchIndex.Hit> hits) {
        StringBuilder sb = new StringBuilder("<h1>搜索</h1>\n");
        if (query.isBlank()) {
            sb.append("<p>Type a word or a phrase, Chinese or English, in the box above.</p>\n");
            return Layout.page("Search", query, false, sb.toString());
        }
        sb.append("<p class=\"summary\">").append(hits.size() == 50 ? "the first 50" : hits.size())
                .append(" results for <strong>").append(Html.escape(query)).append("</strong></p>\n<ol class=\"hits\">\n");
        for (SearchIndex.Hit hit : hits) {
            SearchIndex.Section s = hit.section();
            String where = s.heading() == null ? s.title() : s.title() + " › " + s.heading().text();
            sb.append("<li").append(s.question() == null ? "" : " class=\"question\"").append("><a href=\"")
                    .append(Html.escape(s.url())).append("\">").append(Html.escape(where)).append("</a>");
            if (s.question() != null) {
                sb.append(" <span class=\"tag\">面试题 ").append(Html.escape(s.question().id())).append("</span>");
            }
            sb.append("<p>").append(hit.snippetHtml()).append("</p></li>\n");
        }
        sb.append("</ol>\n");
        return Layout.page("Search: " + query, query, false, sb.toString());
    }

    static String todo(KnowledgeBase kb) {
        List<Todos.Marker> markers = Todos.of(kb);
        StringBuilder sb = new StringBuilder("<h1>Todo</h1>\n<p class=\"summary\">").append(markers.size())
                .append(" <code>**todo**</code> markers in the notes (<code>dlprep notes todo</code> lists the same).</p>\n");
        if (!markers.isEmpty()) {
            sb.append("<ul class=\"todos\">\n");
        }
        for (Todos.Marker m : markers) {
            Heading section = null;
            for (Heading h : m.note().headings()) {
                if (h.line() <= m.line()) {
                    section = h;
                }
            }
            String url = ViewerLinks.note(m.note().id()) + (section == null ? "" : "#" + section.anchor());
            sb.append("<li><a href=\"").append(Html.escape(url)).append("\">").append(Html.escape(m.note().id()))
                    .append(":").append(m.line()).append("</a> ").append(Html.escape(m.text().strip())).append("</li>\n");
        }
        if (!markers.isEmpty()) {
            sb.append("</ul>\n");
        }
        return Layout.page("Todo", "", false, sb.toString());
    }

    static String notFound(String what) {
        return Layout.page("Not found", "", false, "<h1>Not found</h1>\n<p>" + Html.escape(what)
                + "</p>\n<p><a href=\"/\">Back to the notes</a></p>\n");
    }
}
