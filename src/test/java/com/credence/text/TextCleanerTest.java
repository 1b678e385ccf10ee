package com.credence.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void htmlBlocksBecomeParagraphsAndEverythingElseGoes() {
        String html = """
                <!doctype html><html><head><title>Port strike &amp; the &ldquo;deal&rdquo;</title>
                <style>p { color: red }</style><script>alert('x')</script></head>
                <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
                <article>
                  <h1>Port strike enters <em>second</em> week</h1>
                  <p>Dock workers stayed out on Monday,<br>the union said.</p>
                  <!-- a comment that must not appear -->
                  <ul><li>Ferries cancelled</li><li>Trains running</li></ul>
                  <blockquote><p>“We will not go back,” a docker said.</p></blockquote>
                  <form><input value="secret"><button>Subscribe</button></form>
                  <p hidden>Hidden paragraph</p><p style="display: none">Also hidden</p>
                  <div aria-hidden="true">Decorative</div>
                  <p>Caf&eacute; owners &mdash; worried &hellip;</p>
                </article>
                <footer>© Courier</footer><aside>Related stories</aside></body></html>""";
        TextCleaner.Cleaned cleaned = TextCleaner.html(html);
        assertThat(cleaned.title()).isEqualTo("Port strike & the “deal”");
        assertThat(cleaned.text()).isEqualTo(String.join("\n\n",
                "Port strike enters second week",
                "Dock workers stayed out on Monday,",
                "the union said.",
                "Ferries cancelled",
                "Trains running",
                "“We will not go back,” a docker said.",
                "Café owners — worried …"));
    }

    @Test
    void hostileHtmlIsReducedToItsText() {
        String html = """
                <p onclick="steal()">Click <a href="javascript:alert(1)">here</a> now.</p>
                <iframe src="https://evil.example/"></iframe>
                <svg onload="alert(1)"><text>svg text</text></svg>
                <img src=x onerror="alert(1)">
                <p>Safe <b onmouseover="x()">bold</b> text &lt;script&gt;not a tag&lt;/script&gt;</p>
                <script>document.write('<p>injected</p>')</script>""";
        String text = TextCleaner.html(html).text();
        assertThat(text).isEqualTo("Click here now.\n\nSafe bold text <script>not a tag</script>");
        assertThat(text).doesNotContain("alert", "steal", "svg text", "injected", "evil.example");
    }

    @Test
    void titleFallsBackToTheFirstHeading() {
        assertThat(TextCleaner.html("<h2>Only a heading</h2><p>Body.</p>").title()).isEqualTo("Only a heading");
        assertThat(TextCleaner.html("<p>No heading.</p>").title()).isNull();
    }

    @Test
    void markdownBecomesPlainParagraphsWithoutMarkup() {
        String md = """
                # Council *agrees* budget

                The council **approved** the [budget](https://example.org) on Monday.
                It was close.

                - First item
                - Second item

                > A quoted `line`.

                ![chart](chart.png)
                """;
        TextCleaner.Cleaned cleaned = TextCleaner.markdown(md);
        assertThat(cleaned.title()).isEqualTo("Council agrees budget");
        assertThat(cleaned.text()).isEqualTo(String.join("\n\n", "Council agrees budget",
                "The council approved the budget on Monday. It was close.", "First item", "Second item", "A quoted line."));
    }

    @Test
    void plainTextKeepsParagraphsAndStandaloneLines() {
        String text = "Harbour bridge stays shut\n2022.01.10 08:06\nUpdated\n\n"
                + "The council said on Friday that the bridge would stay closed.\nEngineers disagree.\n\n\n"
                + "Last paragraph.";
        TextCleaner.Cleaned cleaned = TextCleaner.plain(text);
        assertThat(cleaned.text()).isEqualTo(String.join("\n\n", "Harbour bridge stays shut", "2022.01.10 08:06", "Updated",
                "The council said on Friday that the bridge would stay closed.", "Engineers disagree.", "Last paragraph."));
        assertThat(cleaned.title()).isEqualTo("Harbour bridge stays shut");
    }

    @Test
    void plainTextJoinsHardWrappedLines() {
        String text = """
                The Old Harbour Bridge will remain closed to traffic for at least
                six more weeks, the council said on Friday, extending a shutdown
                that has doubled commute times.
                Officials gave no date for reopening and said repairs would begin
                once a contractor was appointed.
                """;
        assertThat(TextCleaner.plain(text).text()).isEqualTo(
                "The Old Harbour Bridge will remain closed to traffic for at least six more weeks, the council said on Friday, "
                        + "extending a shutdown that has doubled commute times.\n\n"
                        + "Officials gave no date for reopening and said repairs would begin once a contractor was appointed.");
    }

    @Test
    void textIsNfcAndVisibleCharactersStayAsTheyAre() {
        String text = TextCleaner.plain("Cafe\u0301 “quoted” ‘single’ « guillemets » — dash… 😀\u0007\u200D").text();
        assertThat(text).isEqualTo("Café “quoted” ‘single’ « guillemets » — dash… 😀\u200D");
        assertThat(TextCleaner.plain("Alpha\r\nBeta\rGamma").text()).isEqualTo("Alpha\n\nBeta\n\nGamma");
        assertThat(TextCleaner.plain("a line that\r\nruns on").text()).isEqualTo("a line that runs on");
        assertThat(TextCleaner.plain("  lots    of\tspace  ").text()).isEqualTo("lots of space");
    }

    @Test
    void markdownNestedDeeperThanItsLimitIsRefusedNotOverflowed() {
        // 5,000 quotes in each other overflowed the stack (a 500); now a clear refusal, before parsing
        for (String deep : List.of("> ".repeat(5000) + "Hi there.", "- ".repeat(3000) + "Hi there.", "1. ".repeat(3000) + "x",
                java.util.stream.IntStream.range(0, 1500).mapToObj(i -> " ".repeat(2 * i) + "- level " + i).collect(
                        java.util.stream.Collectors.joining("\n")))) {
            assertThatThrownBy(() -> TextCleaner.markdown(deep)).isInstanceOf(com.credence.base.InvalidInputException.class)
                    .hasMessageContaining("levels are read");
        }
        // nesting a writer might use is read as usual
        TextCleaner.Cleaned fine = TextCleaner.markdown("> ".repeat(20) + "Quoted deep.\n\n- a\n  - b\n    - c\n\nPlain text, 2 > 1.");
        assertThat(fine.text()).contains("Quoted deep.").contains("Plain text, 2 > 1.");
        assertThat(TextCleaner.nesting("> > - 1. text\nplain > not counted")).isEqualTo(4);
    }
}
