package com.credence.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Turns imported HTML, Markdown or plain text into Credence's stored text: paragraphs separated by
 * one blank line, each paragraph on one line, Unicode NFC, runs of spaces folded to one. Characters
 * a reader sees are never changed (curly quotes stay curly); invisible control characters go.
 * HTML is untrusted: only the readable text of the article survives, never markup.
 */
public final class TextCleaner {

    /** The cleaned text and the title found in it, if any. */
    public record Cleaned(String text, @Nullable String title) {
    }

    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "form", "nav", "footer",
            "aside", "iframe", "frame", "frameset", "object", "embed", "svg", "math", "canvas", "button", "input", "select",
            "textarea", "option", "label", "audio", "video", "source", "track", "map", "head", "title", "meta", "link", "base",
            "dialog", "menu");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "section", "article", "main", "header", "figure", "figcaption", "table", "thead", "tbody", "tr", "td",
            "th", "dl", "dt", "dd", "ul", "ol", "address", "hr", "br", "caption", "details", "summary", "center", "body");

    private TextCleaner() {
    }

    public static Cleaned html(String html) {
        Document doc = Jsoup.parse(html);
        String title = doc.title().isBlank() ? null : normaliseLine(doc.title());
        Element root = pickContent(doc);
        List<String> paragraphs = new ArrayList<>();
        String[] firstHeading = {null};
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            int skipDepth = -1;

            @Override
            public void head(Node node, int depth) {
                if (skipDepth >= 0) {
                    return;
                }
                if (node instanceof Element el) {
                    if (isDropped(el)) {
                        skipDepth = depth;
                        return;
                    }
                    if (BLOCKS.contains(el.normalName())) {
                        flush(current, paragraphs);
                    }
                    if (firstHeading[0] == null && el.normalName().matches("h[1-3]")) {
                        String heading = normaliseLine(el.text());
                        if (!heading.isEmpty()) {
                            firstHeading[0] = heading;
                        }
                    }
                } else if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (skipDepth >= 0) {
                    if (depth == skipDepth) {
                        skipDepth = -1;
                    }
                    return;
                }
                if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                    flush(current, paragraphs);
                }
            }
        }, root);
        flush(current, paragraphs);
        return new Cleaned(String.join("\n\n", paragraphs), title != null ? title : firstHeading[0]);
    }

    /** Deeper than this, quotes and lists inside each other are refused: the parser and renderer recurse per level. */
    static final int MAX_MARKDOWN_NESTING = 64;

    public static Cleaned markdown(String markdown) {
        int depth = nesting(markdown);
        if (depth > MAX_MARKDOWN_NESTING) {
            throw new com.credence.base.InvalidInputException("This Markdown nests quotes or lists " + depth + " deep; at most "
                    + MAX_MARKDOWN_NESTING + " levels are read. Flatten it, or import it as plain text.");
        }
        Parser parser = Parser.builder().build();
        String html = HtmlRenderer.builder().build().render(parser.parse(markdown));
        return html("<html><body>" + html + "</body></html>");
    }

    /**
     * The deepest run of block-quote and list markers at the start of any line ("> > - 1. text" is 4),
     * with every two spaces of indentation counted as a level too (lists nest by indentation): about the
     * nesting a Markdown parser would build, counted without building it.
     */
    static int nesting(String markdown) {
        int deepest = 0;
        int depth = 0;
        int indent = 0;
        int i = 0;
        boolean lineStart = true;
        int n = markdown.length();
        while (i < n) {
            char c = markdown.charAt(i);
            if (c == '\n') {
                depth = 0;
                indent = 0;
                lineStart = true;
                i++;
                continue;
            }
            if (!lineStart) {
                i++;
                continue;
            }
            if (c == ' ' || c == '\t') {
                if (depth == 0) { // the line's own indentation, not the space after a marker
                    indent += c == '\t' ? 4 : 1;
                }
                i++;
            } else if (c == '>') {
                depth++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < n && (markdown.charAt(i + 1) == ' ' || markdown.charAt(i + 1) == '\t')) {
                depth++;
                i += 2;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < n && j - i < 9 && Character.isDigit(markdown.charAt(j))) {
                    j++;
                }
                if (j + 1 < n && (markdown.charAt(j) == '.' || markdown.charAt(j) == ')') && markdown.charAt(j + 1) == ' ') {
                    depth++;
                    i = j + 2;
                } else {
                    lineStart = false;
                }
            } else {
                lineStart = false;
            }
            deepest = Math.max(deepest, depth + indent / 2);
        }
        return deepest;
    }

    /**
     * Plain text keeps its paragraphs (blank lines). Inside a block, a line joins the next one when it
     * was evidently wrapped: it does not end a sentence and is long or runs on in lower case, or the
     * whole text is hard-wrapped at a fixed width and the line reaches it. Otherwise every line is its
     * own paragraph, so a headline, a dateline or a label standing alone on its line stays one.
     */
    public static Cleaned plain(String text) {
        String[] blocks = text.replace("\r\n", "\n").replace('\r', '\n').split("\n[ \t\u00A0]*\n");
        List<List<String>> blockLines = new ArrayList<>();
        int width = 0;
        int lineCount = 0;
        for (String block : blocks) {
            List<String> lines = new ArrayList<>();
            for (String line : block.split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                    width = Math.max(width, line.strip().length());
                }
            }
            lineCount += lines.size();
            blockLines.add(lines);
        }
        int wrapWidth = width;
        long nearWidth = blockLines.stream().flatMap(List::stream).filter(l -> l.length() >= wrapWidth * 0.7).count();
        boolean hardWrapped = wrapWidth >= 40 && wrapWidth <= 100 && nearWidth >= 3 && nearWidth * 3 >= lineCount;
        List<String> paragraphs = new ArrayList<>();
        for (List<String> lines : blockLines) {
            StringBuilder paragraph = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (!paragraph.isEmpty()) {
                    paragraph.append(' ');
                }
                paragraph.append(line);
                boolean last = i == lines.size() - 1;
                if (last || !continues(line, lines.get(i + 1), hardWrapped, wrapWidth)) {
                    add(paragraphs, paragraph.toString());
                    paragraph.setLength(0);
                }
            }
        }
        // A first paragraph that reads like a headline (short, no final full stop) suggests the title.
        String first = paragraphs.isEmpty() ? "" : paragraphs.getFirst();
        boolean headline = paragraphs.size() > 1 && first.length() <= 150 && !first.matches(".*[.!?…:;,]$");
        return new Cleaned(String.join("\n\n", paragraphs), headline ? first : null);
    }

    private static boolean continues(String line, String next, boolean hardWrapped, int width) {
        boolean reachesWidth = hardWrapped && line.length() >= width * 0.7;
        char end = line.charAt(line.length() - 1);
        boolean endsSentence = ".!?…:;\"”’)".indexOf(end) >= 0;
        boolean nextLower = Character.isLowerCase(next.codePointAt(0));
        if (endsSentence) {
            return reachesWidth;
        }
        return reachesWidth || nextLower || end == ',' || end == '-';
    }

    private static Element pickContent(Document doc) {
        Element best = null;
        for (Element article : doc.select("article")) {
            if (best == null || article.text().length() > best.text().length()) {
                best = article;
            }
        }
        if (best != null) {
            return best;
        }
        Element main = doc.selectFirst("main, [role=main]");
        return main != null ? main : doc.body();
    }

    private static boolean isDropped(Element el) {
        if (DROPPED.contains(el.normalName()) || el.hasAttr("hidden")) {
            return true;
        }
        if ("true".equalsIgnoreCase(el.attr("aria-hidden"))) {
            return true;
        }
        String style = el.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        add(paragraphs, current.toString());
        current.setLength(0);
    }

    private static void add(List<String> paragraphs, String raw) {
        String line = normaliseLine(raw);
        if (!line.isEmpty()) {
            paragraphs.add(line);
        }
    }

    /** NFC, no control characters, every run of white space (line breaks included) one space. */
    static String normaliseLine(String raw) {
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\uFEFF') {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = !out.isEmpty();
                continue;
            }
            if (Character.getType(c) == Character.CONTROL) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }
}
