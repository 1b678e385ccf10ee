package com.credence.article.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds the story in a news page: its paragraphs in reading order, and what the page says about it
 * (title, byline, outlet and date of publication).
 *
 * <p>How the story is found:
 * <ol>
 * <li>Parts of the page that are never the story are set aside: scripts and styles, forms, buttons,
 * navigation, asides, footers, site headers, hidden ({@code aria-hidden}) parts, and elements whose
 * class or id names them as comments, share bars, related links, newsletter or subscription boxes,
 * cookie banners, advertisements and the like. A wrapper that holds the headline or the main content
 * is never set aside by its name.</li>
 * <li>The rest is cut into blocks: paragraphs, sub-headings (h2 to h4), list items, block quotes,
 * and runs of loose text in other elements (split at line breaks, as old table layouts write).</li>
 * <li>Each block of prose (a paragraph, item, quote or sentence-like loose text with few links)
 * adds its length to every element around it; blocks that are mostly links (menus, lists of
 * headlines) and the text of furniture set aside take half their length away. The element with the
 * highest total holds the story (of equal totals, the innermost). When an {@code <article>} or
 * {@code itemprop="articleBody"} element holds at least 70% of that element's prose, it is taken
 * instead.</li>
 * <li>The blocks in that element are the story, except those that are mostly links, share or
 * "read more" labels, copyright lines, short labels before the first or after the last sentence
 * (a section name, "5 min read"), and sub-headings that introduce nothing but such blocks.</li>
 * </ol>
 * Metadata comes from Open Graph and {@code <meta>} tags, JSON-LD ({@code NewsArticle} and the other
 * article types) and the visible headline and byline nearest the story.
 */
public final class ArticleExtractor {

    /**
     * The story found in a page. Paragraphs are single lines of text, whitespace collapsed, in reading
     * order; what the page does not say is null.
     */
    public record Extracted(List<String> paragraphs, @Nullable String title, @Nullable String byline, @Nullable String outlet,
            @Nullable LocalDate publishedAt) {

        public Extracted {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    private enum Kind { PARAGRAPH, HEADING, ITEM, QUOTE, LOOSE }

    /** A block's fate in the story: kept, dropped as page furniture, or dropped as a stray label. */
    private enum Fate { KEEP, JUNK, NEUTRAL }

    /** A block of text, where it sits and what it looks like on its own; lengths count non-space characters. */
    private record Block(Kind kind, Element owner, String text, int chars, int linkChars, Fate fate) {

        Block(Kind kind, Element owner, String text, int chars, int linkChars) {
            this(kind, owner, text, chars, linkChars, fate(kind, text, chars, linkChars));
        }

        /**
         * Labels of furniture ("Share", "Advertisement", a copyright line) and blocks that are mostly
         * links (list items and headings that are links, "Read more: ..." paragraphs) are junk; loose
         * text that is not a sentence, and a date or time on its own ("Updated 4 March 2026, 10:42"),
         * are neutral; the rest is kept.
         */
        private static Fate fate(Kind kind, String text, int chars, int linkChars) {
            if (chars <= 40 && LABELS.contains(EDGE_MARKS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(""))
                    || chars < 120 && isCopyright(text)) {
                return Fate.JUNK;
            }
            boolean mostlyLinks = linkChars * 2 > chars;
            if (mostlyLinks && (kind == Kind.ITEM || kind == Kind.HEADING || chars - linkChars < 40)) {
                return Fate.JUNK;
            }
            if (kind == Kind.LOOSE && !sentenceLike(text, chars) || chars < 60 && TIMESTAMP.matcher(text).matches()) {
                return Fate.NEUTRAL;
            }
            return Fate.KEEP;
        }

        /** Loose text counts as a paragraph when it is long, or a sentence of three words or more. */
        private static boolean sentenceLike(String text, int chars) {
            return chars >= 80 || endsSentence(text) && text.split(" ", 4).length >= 3;
        }

        /** Kept prose (not a heading, not short, mostly not links): what counts towards its container's score. */
        boolean prose() {
            return fate == Fate.KEEP && kind != Kind.HEADING && chars >= 25 && linkChars * 2 <= chars;
        }

        /** What the block adds to the score of each element around it: its prose, or a penalty for junk. */
        double weight() {
            return prose() ? chars - linkChars : fate == Fate.JUNK ? -LINK_PENALTY * chars : 0;
        }
    }

    private static final Map<String, Kind> BLOCK_TAGS = Map.of("p", Kind.PARAGRAPH, "h2", Kind.HEADING, "h3", Kind.HEADING,
            "h4", Kind.HEADING, "li", Kind.ITEM, "blockquote", Kind.QUOTE);
    /** Elements never read as blocks; h1 is among them because it is the title, not a paragraph. */
    private static final Set<String> DROPPED_TAGS = Set.of("script", "style", "noscript", "template", "svg", "iframe", "frame",
            "form", "button", "nav", "aside", "footer", "header", "input", "select", "textarea", "label", "option", "dialog",
            "figcaption", "object", "embed", "canvas", "video", "audio", "math", "menu", "h1");
    private static final Set<String> INLINE_TAGS = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn",
            "em", "font", "i", "img", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "tt",
            "u", "var", "wbr", "picture", "source");
    /** Roles of page furniture; "banner" (the site header) is in the list but spares a wrapper of the story. */
    private static final Set<String> DROPPED_ROLES = Set.of("navigation", "complementary", "contentinfo", "banner", "dialog",
            "alertdialog", "search", "menu", "menubar", "toolbar");
    /** Class or id words that mark page furniture wherever they appear. */
    private static final Set<String> NOISE_WORDS = Set.of("ad", "ads", "adv", "adslot", "advert", "adverts", "advertisement",
            "advertising", "sponsor", "sponsored", "promo", "promoted", "outbrain", "taboola", "disqus", "discussion", "replies",
            "respond", "social", "share", "shares", "sharing", "sharebar", "related", "recommended", "recommendations",
            "newsletter", "newsletters", "subscribe", "subscription", "subscriptions", "signup", "cookie", "cookies", "consent",
            "gdpr", "breadcrumb", "breadcrumbs", "byline", "readmore", "morestories", "seealso", "alsoread", "trending", "popular",
            "mostread", "mostpopular", "popup", "modal", "sronly", "visuallyhidden", "screenreader", "skiplink", "footer", "colophon",
            "copyright", "nav", "navbar", "navigation", "menu", "topbar");
    /** Beginnings of class or id words that mark page furniture (commentlist, sharetools, relatedarticles...). */
    private static final List<String> NOISE_PREFIXES = List.of("comment", "share", "related", "newsletter", "cookie", "advert",
            "sponsor", "outbrain", "taboola", "disqus", "breadcrumb");
    /** Words that start like furniture but are not. */
    private static final Set<String> NOT_NOISE = Set.of("commentary", "commentator", "commentators", "shared", "shareholder",
            "shareholders");
    /** Class or id words that mark furniture unless the same element's names also say it is content. */
    private static final Set<String> WEAK_NOISE_WORDS = Set.of("header", "masthead", "sidebar", "widget", "widgets", "rail", "meta",
            "bio", "author", "tags", "taglist", "timestamp", "tools", "toolbar", "print", "caption", "credit", "credits", "hidden");
    private static final Set<String> CONTENT_WORDS = Set.of("article", "body", "content", "story", "main", "text", "entry", "post");
    /** Whole blocks that are labels of page furniture, compared in lower case without end punctuation. */
    private static final Set<String> LABELS = Set.of("advertisement", "advert", "ad", "sponsored", "share", "share this",
            "share this article", "share this story", "share article", "twitter", "facebook", "email", "e-mail", "whatsapp",
            "linkedin", "print", "copy link", "read more", "read next", "continue reading", "more on this story", "related",
            "related stories", "related articles", "see also", "subscribe", "sign up", "listen to this article",
            "story continues below", "story continues below advertisement", "skip to content", "comments", "show comments",
            "most read", "top stories");
    private static final Pattern EDGE_MARKS = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");
    /** A date or time standing alone, perhaps after "Updated" or "Published": at least one digit, no other words. */
    private static final Pattern TIMESTAMP = Pattern.compile("(?i)(?:(?:last |first )?(?:updated|published|posted|modified)\\b:?)?"
            + "(?=.*\\d)(?:[\\s\\d:.,/-]|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b"
            + "|\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b|(?:\\b|(?<=\\d))(?:at|on|am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|bst|cet|cest|est|edt|pst|pdt)\\b)+");
    private static final Pattern COPYRIGHT_START = Pattern.compile("©|\\(c\\)|copyright\\s*(©|\\(c\\)|\\d{4})");
    private static final Pattern WORDS = Pattern.compile("[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u3000]+");
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})(?:[T\\s].*)?$", Pattern.DOTALL);
    private static final Pattern BY_LINE = Pattern.compile("^(?i:by)\\s+\\p{Lu}.*");
    private static final Pattern LEADING_BY = Pattern.compile("^(?i:by)\\b[\\s:]*");
    /** A job title after a name in a byline (", Political correspondent"), up to the next comma or "and". */
    private static final Pattern ROLE = Pattern.compile(",\\s*[^,]*?\\b(?i:reporter|correspondent|editor|writer|columnist|contributor"
            + "|journalist|critic|staff|producer|analyst)s?\\b[^,]*?(?=,|\\s+and\\s|$)");
    private static final Pattern BYLINE_END = Pattern.compile("\\s+[|·•—–]\\s+|\\s+-\\s+|\\n");
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle",
            "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle", "SatiricalArticle");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    /** Share of the best container's prose an article element must hold to be taken instead. */
    private static final double ARTICLE_SHARE = 0.7;
    /** Weight of link-heavy text, and of the text of furniture set aside, against prose when scoring a container. */
    private static final double LINK_PENALTY = 0.5;

    private ArticleExtractor() {
    }

    /**
     * Extracts the story from {@code html}.
     *
     * @param address where the page came from, if known; it becomes the document's base address and
     *     does not change what is extracted
     */
    public static Extracted extract(String html, @Nullable URI address) {
        Document doc = Jsoup.parse(html, address == null ? "" : address.toString());
        Page page = new Page(doc);
        Element content = page.content();
        JsonLd ld = JsonLd.of(doc);
        String outlet = firstNonBlank(meta(doc, "og:site_name"), ld.publisher());
        Element bylineElement = nearest(doc, content, "[rel=author], [itemprop=author], [class*=byline]");
        String byline = firstNonBlank(byline(doc, bylineElement, ld, outlet), page.bylineLine(content));
        return new Extracted(page.story(content), title(doc, content, ld, outlet), byline, outlet,
                published(doc, content, bylineElement, ld));
    }

    /** The page cut into blocks, with the furniture set aside and a score for each container. */
    private static final class Page {

        private final Document doc;
        private final Elements all;
        private final Set<Element> setAside = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<Element> holdsBlocks = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Map<Element, double[]> scores = new IdentityHashMap<>();
        private final List<Element> articles = new ArrayList<>();
        private final List<Block> blocks = new ArrayList<>();

        Page(Document doc) {
            this.doc = doc;
            this.all = doc.getAllElements();
            Set<Element> spared = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Element el : all) {
                String name = el.normalName();
                boolean articleBody = el.attr("itemprop").equals("articleBody");
                if (name.equals("h1") || name.equals("main") || el.attr("role").equals("main") || articleBody) {
                    markWithAncestors(el, spared);
                }
                if (name.equals("article") || articleBody) {
                    articles.add(el);
                }
                if (BLOCK_TAGS.containsKey(name) && el.parent() != null) {
                    markWithAncestors(el.parent(), holdsBlocks);
                }
            }
            for (Element el : all) {
                if (isFurniture(el, spared.contains(el))) {
                    setAside.add(el);
                }
            }
            NodeTraversor.filter(new Walker(), doc.body());
            for (Block block : blocks) {
                add(block.owner(), block.weight());
            }
        }

        /** Adds a block's weight to the score of {@code el} and every element around it, and positive weight to their prose. */
        private void add(Element el, double weight) {
            for (Element at = el; at != null; at = at.parent()) {
                double[] score = scores.computeIfAbsent(at, k -> new double[2]);
                score[0] += weight;
                score[1] += Math.max(weight, 0);
            }
        }

        private static void markWithAncestors(Element el, Set<Element> marked) {
            for (Element at = el; at != null && marked.add(at); at = at.parent()) {
                // each element once: stop where an earlier mark already went up
            }
        }

        /** Whether an element is page furniture; {@code spared} wrappers of the headline or main content never are by name. */
        private static boolean isFurniture(Element el, boolean spared) {
            String name = el.normalName();
            if (DROPPED_TAGS.contains(name)) {
                boolean storyHeader = name.equals("header") && (spared || el.closest("article") != null);
                boolean pageForm = name.equals("form") && spared;
                if (!storyHeader && !pageForm) {
                    return true;
                }
            }
            String role = el.attr("role").toLowerCase(Locale.ROOT);
            if (DROPPED_ROLES.contains(role) && !(spared && role.equals("banner")) || el.attr("aria-hidden").equals("true")) {
                return true;
            }
            if (spared || el.attributesSize() == 0 || INLINE_TAGS.contains(name) || name.equals("article") || name.equals("main")
                    || name.equals("body")) {
                return false;
            }
            List<String> words = nameWords(el);
            boolean weak = false;
            boolean contentish = false;
            for (String word : words) {
                if (NOISE_WORDS.contains(word) || !NOT_NOISE.contains(word) && NOISE_PREFIXES.stream().anyMatch(word::startsWith)) {
                    return true;
                }
                weak |= WEAK_NOISE_WORDS.contains(word);
                contentish |= CONTENT_WORDS.contains(word);
            }
            return weak && !contentish;
        }

        /**
         * The words of an element's class, id, data-testid and data-component (and of a custom element's
         * tag name, as in amp-ad), lower case, split at punctuation and camel case; each pair of
         * neighbours is added joined ("read-more" gives read, more and readmore).
         */
        private static List<String> nameWords(Element el) {
            String names = el.className() + " " + el.id() + " " + el.attr("data-testid") + " " + el.attr("data-component")
                    + (el.normalName().indexOf('-') > 0 ? " " + el.normalName() : "");
            if (names.isBlank()) {
                return List.of();
            }
            List<String> words = new ArrayList<>();
            Matcher m = WORDS.matcher(names);
            String previous = null;
            int previousEnd = -1;
            while (m.find()) {
                String word = m.group().toLowerCase(Locale.ROOT);
                words.add(word);
                if (previous != null && previousEnd >= m.start() - 1) {
                    words.add(previous + word);
                }
                previous = word;
                previousEnd = m.end();
            }
            return words;
        }

        /** The element that holds the story: the best scoring container, or an article element holding most of its prose. */
        Element content() {
            Element best = doc.body();
            double bestScore = 0;
            for (Element el : all) {
                double[] scored = scores.get(el);
                if (scored == null) {
                    continue;
                }
                double score = scored[0];
                boolean leafBlock = BLOCK_TAGS.containsKey(el.normalName()) && !holdsBlocks.contains(el);
                if (leafBlock || INLINE_TAGS.contains(el.normalName()) && !holdsBlocks.contains(el)) {
                    continue;
                }
                if (score > bestScore || score == bestScore && score > 0 && isInside(el, best)) {
                    best = el;
                    bestScore = score;
                }
            }
            double bestProse = prose(best);
            Element article = null;
            for (Element candidate : articles) {
                double prose = prose(candidate);
                if (prose >= ARTICLE_SHARE * bestProse && prose > 0 && (article == null || prose > prose(article))) {
                    article = candidate;
                }
            }
            return article != null ? article : best;
        }

        private double prose(Element el) {
            double[] score = scores.get(el);
            return score == null ? 0 : score[1];
        }

        /** A short "By ..." line before the story's first prose, as pages without byline markup write it. */
        @Nullable String bylineLine(Element content) {
            for (Block block : blocks) {
                if (block.prose() && isInside(block.owner(), content)) {
                    return null;
                }
                if (block.chars() < 80 && BY_LINE.matcher(block.text()).matches() && isInside(block.owner(), content)) {
                    return cleanByline(block.text());
                }
            }
            return null;
        }

        /** The story's paragraphs: the blocks inside {@code content}, without furniture and stray labels. */
        List<String> story(Element content) {
            List<Block> inside = new ArrayList<>();
            for (Block block : blocks) {
                if (isInside(block.owner(), content)) {
                    inside.add(block);
                }
            }
            Fate[] fates = new Fate[inside.size()];
            for (int i = 0; i < fates.length; i++) {
                fates[i] = inside.get(i).fate();
            }
            trimLabels(inside, fates);
            Fate next = Fate.JUNK;
            for (int i = fates.length - 1; i >= 0; i--) {
                if (inside.get(i).kind() == Kind.HEADING && fates[i] == Fate.KEEP && next != Fate.KEEP) {
                    fates[i] = Fate.JUNK; // a heading over nothing, or over links only ("Related", "More on this")
                }
                if (fates[i] != Fate.NEUTRAL) {
                    next = fates[i];
                }
            }
            List<String> paragraphs = new ArrayList<>();
            for (int i = 0; i < fates.length; i++) {
                if (fates[i] == Fate.KEEP) {
                    paragraphs.add(inside.get(i).text());
                }
            }
            return paragraphs;
        }

        /**
         * Drops labels, short paragraphs without a sentence end, before the first and after the last
         * prose that is not one: a section name, "5 min read", a photo credit.
         */
        private static void trimLabels(List<Block> inside, Fate[] fates) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < fates.length; i++) {
                if (inside.get(i).prose() && !isLabel(inside.get(i))) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            for (int i = 0; i < fates.length; i++) {
                if (isLabel(inside.get(i)) && (i < first || i > last)) {
                    fates[i] = Fate.NEUTRAL;
                }
            }
        }

        private static boolean isLabel(Block block) {
            return block.kind() == Kind.PARAGRAPH && block.chars() < 40 && !endsSentence(block.text());
        }

        /**
         * Cuts the page into blocks in reading order, skipping what was set aside. A paragraph,
         * heading, item or quote that holds no other such block is one block; text outside them is
         * loose text, cut at line breaks and at the edges of other elements.
         */
        private final class Walker implements NodeFilter {

            private final Deque<Element> containers = new ArrayDeque<>();
            private final StringBuilder text = new StringBuilder();
            private boolean pendingSpace;
            private int chars;
            private int linkChars;
            private int linkDepth;
            private @Nullable Element open;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    append(textNode.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element el)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (setAside.contains(el)) {
                    if (!el.normalName().equals("h1") && el.parent() != null) {
                        add(el.parent(), -LINK_PENALTY * visibleChars(el.text()));
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                String name = el.normalName();
                if (name.equals("a")) {
                    linkDepth++;
                } else if (name.equals("br")) {
                    if (open != null) {
                        space();
                    } else {
                        flush();
                    }
                } else if (open == null && BLOCK_TAGS.containsKey(name) && !holdsBlocks.contains(el)) {
                    flush();
                    open = el;
                } else if (isContainer(el)) {
                    if (open != null) {
                        space();
                    } else {
                        flush();
                        containers.push(el);
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return FilterResult.CONTINUE;
                }
                if (el.normalName().equals("a")) {
                    linkDepth--;
                } else if (el == open) {
                    emit(BLOCK_TAGS.get(el.normalName()), el);
                    open = null;
                } else if (isContainer(el)) {
                    if (open != null) {
                        space();
                    } else {
                        flush();
                        containers.pop();
                    }
                }
                return FilterResult.CONTINUE;
            }

            private boolean isContainer(Element el) {
                return !INLINE_TAGS.contains(el.normalName()) && !el.normalName().equals("br") || holdsBlocks.contains(el);
            }

            /** Appends text with its whitespace collapsed on the way: runs become one space, none at the start. */
            private void append(String raw) {
                for (int i = 0; i < raw.length(); i++) {
                    char c = raw.charAt(i);
                    if (isSpace(c)) {
                        space();
                        continue;
                    }
                    if (pendingSpace) {
                        text.append(' ');
                        pendingSpace = false;
                    }
                    text.append(c);
                    chars++;
                    if (linkDepth > 0) {
                        linkChars++;
                    }
                }
            }

            private void space() {
                pendingSpace = !text.isEmpty();
            }

            private void flush() {
                Element owner = containers.peek();
                if (owner != null) {
                    emit(Kind.LOOSE, owner);
                }
                reset();
            }

            private void emit(Kind kind, Element owner) {
                if (chars > 0) {
                    blocks.add(new Block(kind, owner, text.toString(), chars, linkChars));
                }
                reset();
            }

            private void reset() {
                text.setLength(0);
                pendingSpace = false;
                chars = 0;
                linkChars = 0;
            }
        }
    }

    private static boolean isInside(Element el, Element ancestor) {
        for (Element at = el; at != null; at = at.parent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * The element matching {@code query} nearest the story: inside {@code content}, else in the smallest
     * element around it, before the story (what follows it is comments and other stories); never in comments.
     */
    private static @Nullable Element nearest(Document doc, Element content, String query) {
        Map<Element, Integer> levels = new IdentityHashMap<>();
        int level = 0;
        for (Element at = content; at != null; at = at.parent()) {
            levels.put(at, level++);
        }
        Element nearest = null;
        int nearestLevel = Integer.MAX_VALUE;
        for (Element found : doc.select(query)) {
            Element branch = found;
            while (branch.parent() != null && !levels.containsKey(branch.parent()) && !levels.containsKey(branch)) {
                branch = branch.parent();
            }
            Element at = levels.containsKey(branch) ? branch : branch.parent();
            if (at == null || levels.get(at) >= nearestLevel || inComments(found)) {
                continue;
            }
            boolean inside = at == content || at == found;
            if (inside || branch.siblingIndex() < towards(at, content).siblingIndex()) {
                nearest = found;
                nearestLevel = levels.get(at);
            }
        }
        return nearest;
    }

    /** The child of {@code ancestor} that holds {@code el}. */
    private static Element towards(Element ancestor, Element el) {
        Element at = el;
        while (at.parent() != ancestor) {
            at = Objects.requireNonNull(at.parent());
        }
        return at;
    }

    /**
     * Whether an element is inside a comment or a comments section, by microdata or by name (the body's
     * own classes, such as WordPress's "comments-open", aside).
     */
    private static boolean inComments(Element el) {
        for (Element at = el; at != null && !at.normalName().equals("body"); at = at.parent()) {
            if (at.attr("itemprop").equalsIgnoreCase("comment") || at.attr("itemtype").endsWith("/Comment")) {
                return true;
            }
            for (String word : Page.nameWords(at)) {
                if (word.startsWith("comment") && !NOT_NOISE.contains(word) || word.equals("discussion") || word.equals("replies")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static @Nullable String title(Document doc, Element content, JsonLd ld, @Nullable String outlet) {
        String headline = null;
        Element h1 = nearest(doc, content, "h1");
        if (h1 != null && !h1.text().isBlank() && !h1.text().strip().equalsIgnoreCase(outlet)) {
            headline = h1.text();
        }
        String title = firstNonBlank(meta(doc, "og:title"), headline, ld.headline(), doc.title());
        if (title == null) {
            return null;
        }
        title = collapse(title);
        if (outlet != null) {
            for (String separator : List.of(" | ", " - ", " – ", " — ", " · ", " :: ")) {
                String suffix = separator + outlet;
                if (title.length() > suffix.length() && title.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT))) {
                    return title.substring(0, title.length() - suffix.length()).strip();
                }
            }
        }
        return title;
    }

    /** The byline: the author meta tag (unless it names the outlet or is an address), the visible byline, or JSON-LD. */
    private static @Nullable String byline(Document doc, @Nullable Element found, JsonLd ld, @Nullable String outlet) {
        String metaAuthor = attr(doc.head().selectFirst("meta[name=author]"), "content");
        if (metaAuthor != null && !metaAuthor.contains("://") && !metaAuthor.equalsIgnoreCase(outlet)) {
            return cleanByline(metaAuthor);
        }
        String visible = found == null ? null : visibleByline(found);
        return firstNonBlank(visible, ld.author());
    }

    /** The names in a byline element: its author links or properties, else its text without the date. */
    private static @Nullable String visibleByline(Element found) {
        Element scope = found.is("[class*=byline]") ? found : found.parent();
        if (scope == null) {
            scope = found;
        }
        Set<String> names = new LinkedHashSet<>();
        for (Element author : scope.select("[rel=author], [itemprop=author]")) {
            Element name = author.selectFirst("[itemprop=name]");
            String text = name != null ? name.attr("content").isBlank() ? name.text() : name.attr("content") : author.text();
            String cleaned = cleanByline(text);
            if (cleaned != null) {
                names.add(cleaned);
            }
        }
        if (!names.isEmpty()) {
            return joinNames(new ArrayList<>(names));
        }
        Element copy = scope.clone();
        copy.select("time, [class*=date], [class*=time]").remove();
        return cleanByline(copy.text());
    }

    private static @Nullable String cleanByline(String raw) {
        String text = LEADING_BY.matcher(collapse(raw)).replaceFirst("");
        Matcher end = BYLINE_END.matcher(text);
        if (end.find()) {
            text = text.substring(0, end.start());
        }
        text = ROLE.matcher(text).replaceAll("").replace(", and ", " and ").replaceAll("[,;:\\s]+$", "").strip();
        return text.isEmpty() || text.length() > 120 ? null : text;
    }

    private static String joinNames(List<String> names) {
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    private static @Nullable LocalDate published(Document doc, Element content, @Nullable Element bylineElement, JsonLd ld) {
        LocalDate date = isoDate(meta(doc, "article:published_time"));
        if (date == null) {
            date = isoDate(ld.datePublished());
        }
        if (date == null) {
            Element property = nearest(doc, content, "[itemprop=datePublished]");
            if (property != null) {
                date = isoDate(firstNonBlank(property.attr("datetime"), property.attr("content")));
            }
        }
        if (date == null && bylineElement != null) {
            Element time = bylineElement.selectFirst("time[datetime]");
            Element around = bylineElement.parent();
            if (time == null && around != null && !isInside(content, around)) {
                time = around.selectFirst("time[datetime]");
            }
            date = time == null ? null : isoDate(time.attr("datetime"));
        }
        return date;
    }

    /** The date at the start of an ISO 8601 date or date-time ("2026-03-04", "2026-03-04T10:00:00+01:00"), as written. */
    static @Nullable LocalDate isoDate(@Nullable String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(value);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The content of an Open Graph or article meta tag in the head, by property (or, as some sites write it, by name). */
    private static @Nullable String meta(Document doc, String property) {
        Element tag = doc.head().selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return attr(tag, "content");
    }

    private static @Nullable String attr(@Nullable Element el, String attribute) {
        if (el == null) {
            return null;
        }
        String value = el.attr(attribute).strip();
        return value.isEmpty() ? null : value;
    }

    private static @Nullable String firstNonBlank(@Nullable String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return collapse(value);
            }
        }
        return null;
    }

    /** A copyright line: "© 2026 ...", "Copyright 2026 ...", "... All rights reserved." */
    private static boolean isCopyright(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return COPYRIGHT_START.matcher(lower).lookingAt() || lower.contains("all rights reserved");
    }

    private static boolean endsSentence(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return ".!?…:;\"”’'»)".indexOf(last) >= 0;
    }

    private static int visibleChars(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String collapse(CharSequence text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** What the page's JSON-LD says about the article: the first object of an article type, with references resolved. */
    private record JsonLd(@Nullable String headline, @Nullable String author, @Nullable String publisher,
            @Nullable String datePublished) {

        private static final JsonLd NONE = new JsonLd(null, null, null, null);
        private static final int MAX_DEPTH = 12;

        static JsonLd of(Document doc) {
            List<JsonNode> objects = new ArrayList<>();
            for (Element script : doc.select("script[type]")) {
                if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                    continue;
                }
                String json = script.data().strip().replaceFirst("^(<!--|//\\s*<!\\[CDATA\\[)", "")
                        .replaceFirst("(-->|//\\s*]]>)$", "");
                try {
                    collect(JSON.readTree(json), objects, 0);
                } catch (JacksonException e) {
                    // a page's broken JSON-LD is ignored, as search engines do
                }
            }
            Map<String, JsonNode> byId = new HashMap<>();
            JsonNode article = null;
            for (JsonNode object : objects) {
                String id = object.path("@id").asString("");
                if (!id.isEmpty() && object.size() > 1) {
                    byId.putIfAbsent(id, object);
                }
                if (article == null && isArticle(object.path("@type"))) {
                    article = object;
                }
            }
            if (article == null) {
                return NONE;
            }
            List<String> authors = new ArrayList<>();
            for (JsonNode author : list(article.path("author"))) {
                String name = name(author, byId);
                if (name != null && !authors.contains(name)) {
                    authors.add(name);
                }
            }
            return new JsonLd(text(article.path("headline")), authors.isEmpty() ? null : joinNames(authors),
                    name(article.path("publisher"), byId), text(article.path("datePublished")));
        }

        private static void collect(JsonNode node, List<JsonNode> objects, int depth) {
            if (depth > MAX_DEPTH) {
                return;
            }
            if (node.isObject()) {
                objects.add(node);
            }
            if (node.isContainer()) {
                for (JsonNode child : node) {
                    collect(child, objects, depth + 1);
                }
            }
        }

        private static boolean isArticle(JsonNode type) {
            for (JsonNode one : list(type)) {
                if (one.isString() && ARTICLE_TYPES.contains(one.asString().replaceFirst("^(https?://schema\\.org/|schema:)", ""))) {
                    return true;
                }
            }
            return false;
        }

        private static List<JsonNode> list(JsonNode node) {
            List<JsonNode> items = new ArrayList<>();
            if (node.isArray()) {
                node.forEach(items::add);
            } else if (!node.isMissingNode() && !node.isNull()) {
                items.add(node);
            }
            return items;
        }

        /** The name of a person or organisation given as a string, an object or a reference to an object by its @id. */
        private static @Nullable String name(JsonNode node, Map<String, JsonNode> byId) {
            if (node.isArray()) {
                return node.isEmpty() ? null : name(node.get(0), byId);
            }
            if (node.isString()) {
                return text(node);
            }
            String name = text(node.path("name"));
            if (name == null && node.has("@id")) {
                JsonNode target = byId.get(node.path("@id").asString(""));
                name = target == null ? null : text(target.path("name"));
            }
            return name;
        }

        private static @Nullable String text(JsonNode node) {
            if (!node.isString() || node.asString().isBlank()) {
                return null;
            }
            return collapse(Parser.unescapeEntities(node.asString(), false));
        }
    }
}
