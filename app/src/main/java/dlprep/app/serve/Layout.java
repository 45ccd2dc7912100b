package dlprep.app.serve;

/**
 * The frame every page shares: head with the stylesheet and scripts (all served by the viewer itself, so it
 * works offline), a top bar with the home link, the search box, the experiments, the todo list, the quiz and
 * the dark-mode toggle.
 */
final class Layout {

    private Layout() {
    }

    /** A page titled {@code title} around {@code main}; {@code math} adds KaTeX. */
    static String page(String title, String query, boolean math, String main) {
        String katex = math ? """
                <link rel="stylesheet" href="/assets/katex/katex.min.css">
                <script defer src="/assets/katex/katex.min.js"></script>
                """ : "";
        return """
                <!doctype html>
                <html lang="zh">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · DL-Prep</title>
                <link rel="stylesheet" href="/assets/viewer.css">
                <script src="/assets/theme.js"></script>
                %s<script defer src="/assets/viewer.js"></script>
                </head>
                <body>
                <header class="bar">
                <a class="brand" href="/">DL-Prep</a>
                <form class="search" action="/search" role="search">
                <input type="search" name="q" value="%s" placeholder="搜索笔记和面试题" aria-label="search">
                </form>
                <a href="/experiments">Experiments</a>
                <a href="/todo">Todo</a>
                <a href="/quiz">Quiz</a>
                <button id="theme-toggle" type="button" title="light / dark">◐</button>
                </header>
                <main>
                %s
                </main>
                </body>
                </html>
                """.formatted(Html.escape(title), katex, Html.escape(query), main);
    }
}
