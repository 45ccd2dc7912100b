package dlprep.app.serve;

import dlprep.kb.Heading;
import dlprep.kb.Note;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A note's Markdown as HTML for the viewer: formulas kept out of the Markdown parser ({@link ProtectedMath})
 * and written back as TeX for KaTeX, headings with the anchors kb computed (GitHub's, from {@code Slugger}),
 * GFM tables, and relative links and images pointing into the viewer ({@link ViewerLinks}).
 */
final class NoteRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private NoteRenderer() {
    }

    /**
     * The body of {@code note} as HTML; a {@code ##} heading whose anchor is in {@code questionIds} (the
     * questions of an interview note, by anchor) carries its question id as {@code data-question}.
     */
    static String render(Note note, Map<String, String> questionIds) {
        ProtectedMath math = ProtectedMath.of(note);
        Node document = PARSER.parse(math.markdown());
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
                .nodeRendererFactory(context -> new MathText(context, math))
                .attributeProviderFactory(context -> new Attributes(note, questionIds))
                .build();
        return math.restoreSource(renderer.render(document));
    }

    /** Writes text nodes with their formula placeholders replaced by KaTeX's containers. */
    private static final class MathText implements NodeRenderer {
        private final HtmlWriter html;
        private final ProtectedMath math;

        MathText(HtmlNodeRendererContext context, ProtectedMath math) {
            this.html = context.getWriter();
            this.math = math;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Text.class);
        }

        @Override
        public void render(Node node) {
            String literal = ((Text) node).getLiteral();
            Matcher m = ProtectedMath.PLACEHOLDER.matcher(literal);
            int last = 0;
            while (m.find()) {
                html.text(literal.substring(last, m.start()));
                html.raw(math.container(Integer.parseInt(m.group(1))));
                last = m.end();
            }
            html.text(literal.substring(last));
        }
    }

    /** Heading ids in document order from the parsed note; link and image targets rewritten for the viewer. */
    private static final class Attributes implements AttributeProvider {
        private final Note note;
        private final Map<String, String> questionIds;
        private int heading;

        Attributes(Note note, Map<String, String> questionIds) {
            this.note = note;
            this.questionIds = questionIds;
        }

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof org.commonmark.node.Heading h && heading < note.headings().size()) {
                Heading parsed = note.headings().get(heading++);
                attributes.put("id", parsed.anchor());
                String question = h.getLevel() == 2 ? questionIds.get(parsed.anchor()) : null;
                if (question != null) {
                    attributes.put("data-question", question);
                }
            } else if (node instanceof Link link) {
                Optional<String> target = ViewerLinks.resolve(note.id(), link.getDestination());
                if (target.isPresent()) {
                    attributes.put("href", target.get());
                } else {
                    attributes.remove("href");
                    attributes.put("class", "outside");
                    attributes.put("title", link.getDestination() + " (a file of the checkout, outside the notes)");
                }
            } else if (node instanceof Image image) {
                ViewerLinks.resolve(note.id(), image.getDestination()).ifPresent(src -> attributes.put("src", src));
            }
        }
    }
}
