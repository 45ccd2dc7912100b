package dlprep.app.serve;

import dlprep.kb.Heading;
import dlprep.kb.KnowledgeBase;
import dlprep.kb.Note;
import dlprep.kb.Question;
import dlprep.lab.Experiment;
import dlprep.lab.Experiments;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A note's page: the rendered note beside its table of contents ({@code ##} and {@code ###} headings), its
 * related interview questions (front matter {@code questions}), "run" links to the experiments it is about
 * (front matter {@code experiments}), and the previous and next note in reading order. An interview note
 * renders the same way; its questions are its {@code ##} sections.
 */
final class NotePage {

    /** Where the page shows whether the note is read, filled in per request (the rest is cached). */
    static final String READ_SLOT = "<!-- read -->";

    private NotePage() {
    }

    static String render(KnowledgeBase kb, Note note) {
        Map<String, Question> questions = kb.questionsById();
        Map<String, String> questionIds = new HashMap<>();
        kb.questions().stream().filter(q -> q.noteId().equals(note.id()))
                .forEach(q -> questionIds.put(q.anchor(), q.id()));
        StringBuilder sb = new StringBuilder("<div class=\"note-layout\">\n");
        sb.append(toc(note));
        sb.append("<article class=\"note\">\n").append(NoteRenderer.render(note, questionIds));
        List<Question> related = note.frontMatter().questions().stream().filter(questions::containsKey)
                .map(questions::get).toList();
        if (!related.isEmpty()) {
            sb.append("<section class=\"related\">\n<h2>相关面试题</h2>\n<ul>\n");
            for (Question q : related) {
                sb.append("<li><a href=\"").append(Html.escape(ViewerLinks.note(q.noteId()) + "#" + q.anchor()))
                        .append("\">").append(Html.escape(q.title())).append("</a></li>\n");
            }
            sb.append("</ul>\n</section>\n");
        }
        sb.append(experiments(note)).append(READ_SLOT).append('\n');
        sb.append("</article>\n</div>\n").append(pager(kb.notes(), note));
        return Layout.page(note.frontMatter().title(), "", true, sb.toString());
    }

    private static String experiments(Note note) {
        List<Experiment> linked = note.frontMatter().experiments().stream().map(Experiments::find)
                .flatMap(Optional::stream).toList();
        if (linked.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<section class=\"related\" id=\"experiments\">\n<h2>实验</h2>\n<ul>\n");
        for (Experiment e : linked) {
            sb.append("<li><a class=\"run\" href=\"/experiments/").append(Html.escape(e.id())).append("\">run ")
                    .append(Html.escape(e.id())).append("</a> ").append(Html.escape(e.description())).append("</li>\n");
        }
        return sb.append("</ul>\n</section>\n").toString();
    }

    private static String toc(Note note) {
        StringBuilder sb = new StringBuilder("<nav class=\"toc\" aria-label=\"contents\">\n<h2>目录</h2>\n<ul>\n");
        for (Heading h : note.headings()) {
            if (h.level() == 2 || h.level() == 3) {
                sb.append("<li class=\"level").append(h.level()).append("\"><a href=\"#").append(Html.escape(h.anchor()))
                        .append("\">").append(Html.escape(h.text())).append("</a></li>\n");
            }
        }
        return sb.append("</ul>\n</nav>\n").toString();
    }

    private static String pager(List<Note> notes, Note note) {
        int i = notes.indexOf(note);
        StringBuilder sb = new StringBuilder("<nav class=\"pager\">\n");
        if (i > 0) {
            Note prev = notes.get(i - 1);
            sb.append("<a rel=\"prev\" href=\"").append(Html.escape(ViewerLinks.note(prev.id()))).append("\">← ")
                    .append(Html.escape(prev.frontMatter().title())).append("</a>\n");
        }
        if (i >= 0 && i + 1 < notes.size()) {
            Note next = notes.get(i + 1);
            sb.append("<a rel=\"next\" href=\"").append(Html.escape(ViewerLinks.note(next.id()))).append("\">")
                    .append(Html.escape(next.frontMatter().title())).append(" →</a>\n");
        }
        return sb.append("</nav>\n").toString();
    }
}
