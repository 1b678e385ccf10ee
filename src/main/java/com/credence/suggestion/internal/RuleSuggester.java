package com.credence.suggestion.internal;

import com.credence.suggestion.Suggester;
import com.credence.suggestion.Suggestion;
import com.credence.text.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The default suggester: cue words and a few rules of English news writing, in plain Java, offline.
 * Per sentence it looks for
 * <ul>
 * <li>attribution: a speech verb (said, told, claimed, ...; "quoted as saying") with its subject found
 * before it (back to a clause boundary; "X, a spokeswoman, said" takes X, "the minister, X, said" takes
 * X) or after it when a quotation comes first ({@code "...," said X}); "according to X"; pronouns taken
 * as the nearest speaker before; a leading determiner or possessive dropped;</li>
 * <li>hedges and unnamed sourcing (reportedly, it is understood, is believed to, sources said, a source
 * close to, ...), which are <em>reported</em> and never attributed;</li>
 * <li>dispute: denial verbs, "contrary to", "illegally", scare quotes (a short quoted term that no speech
 * verb introduces), a speaker calling a claim nonsense, a second speaker in an "although" clause.</li>
 * </ul>
 * Known negatives are left out: "according to plan", "claimed the title", "were denied entry", "told
 * off", "the said property", "announced its line-up", "did not say", passives.
 * Linear in the text; stateless, so one instance serves every thread.
 */
public final class RuleSuggester implements Suggester {

    public static final String REPORTED = "reported";
    public static final String ATTRIBUTED = "attributed";
    public static final String CONTESTED = "contested";

    @Override
    public String name() {
        return "rules";
    }

    // ------------------------------------------------------------------ word lists

    /** Speech verbs that attribute, as they are written (lower case). */
    private static final Set<String> SPEECH = Set.of(
            "said", "says", "say", "stated", "states", "told", "tells", "announced", "announces", "claimed", "claims", "claim",
            "added", "adds", "insisted", "insists", "insist", "warned", "warns", "warn", "confirmed", "confirms", "denied", "denies",
            "deny", "estimated", "estimates", "argued", "argues", "argue", "noted", "notes", "wrote", "writes", "tweeted", "tweets",
            "posted", "maintains", "maintained", "maintain", "admitted", "admits", "admit", "described", "describes", "attributed",
            "blamed", "blames", "slammed", "slams", "blasted", "blasts", "fumed", "rejected", "rejects", "reject", "dismissed",
            "dismisses", "refuted", "refutes", "disputed", "disputes", "dispute", "reported", "reports", "explained", "explains",
            "revealed", "reveals", "stressed", "stresses", "acknowledged", "acknowledges", "disclosed", "cautioned", "alleged",
            "alleges", "allege", "asserted", "asserts", "declared", "declares", "predicted", "predicts", "urged", "urges",
            "replied", "responded", "commented", "conceded", "concedes", "countered", "complained", "complains", "testified",
            "suggested", "suggests", "believes", "believe", "recalled", "emphasised", "emphasized", "raged", "vowed",
            "vows", "promised", "promises", "pledged", "concluded", "concludes", "called", "quoted", "observed",
            "mused", "joked", "screamed", "gushed", "boasted", "whispered", "sobbed", "yelled");

    /** Verbs that are also a denial: they make a contested suggestion (and an attributed one, unless in NO_ATTRIBUTION). */
    private static final Set<String> DENIAL = Set.of("denied", "denies", "deny", "rejected", "rejects", "reject", "dismissed",
            "dismisses", "refuted", "refutes", "disputed", "disputes", "dispute");
    /** Denial verbs that say who disputes but carry no claim of their own. */
    private static final Set<String> NO_ATTRIBUTION = Set.of("disputed", "disputes", "dispute", "refuted", "refutes", "reject",
            "rejects");

    /** Words skipped between a subject and its verb. */
    private static final Set<String> AUXILIARY = Set.of("has", "have", "had", "also", "later", "previously", "repeatedly",
            "again", "already", "always", "now", "then", "once", "earlier", "subsequently", "initially", "first", "further",
            "will", "would", "could", "may", "might", "did", "does", "do", "yesterday", "today", "recently");
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "be", "being", "is", "are", "am", "not", "never",
            "n't", "cannot", "to");
    /** Words that end a subject when scanning back from a verb. */
    private static final Set<String> BOUNDARY = Set.of("that", "and", "but", "although", "though", "while", "whilst", "when",
            "as", "because", "after", "before", "if", "who", "which", "whereas", "so", "since", "where", "than", "or", "what",
            "whom", "whose", "until", "unless", "however", "meanwhile", "yet", "nor", "then", "why", "how", "said");
    private static final Set<String> DETERMINER = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
            "this", "these", "those");
    private static final Set<String> PRONOUN = Set.of("he", "she", "they", "it", "we", "i", "you");
    private static final Set<String> CONCESSIVE = Set.of("although", "though", "whereas", "but", "while", "whilst", "yet");
    /** Unnamed speakers: "sources said" is reported, not attributed. */
    private static final Pattern UNNAMED = Pattern.compile(
            "(?i)^(?:(?:a|an|one|two|three|several|some|other)\\s+)?(?:[\\p{L}-]+\\s+)?(?:sources?|insiders?)\\b.*"
                    + "|.*\\bfamiliar with\\b.*|.*\\bclose to the\\b.*|^(?:an?\\s+)?(?:official|person|aide)$");
    /** What follows "claimed" when it means won or took. */
    private static final Set<String> CLAIMED_WON = Set.of("title", "titles", "trophy", "victory", "win", "crown", "gold",
            "silver", "bronze", "medal", "medals", "lives", "life", "prize", "lead", "championship", "seat", "seats", "spot",
            "place", "responsibility", "top", "cup", "record", "points", "point", "first", "second", "third", "his", "her",
            "their", "its", "a", "an", "ownership", "asylum", "benefits", "compensation", "damages", "refund", "jackpot");
    /** What follows "denied" when it means refused. */
    private static final Set<String> DENIED_REFUSED = Set.of("entry", "access", "bail", "permission", "boarding", "visa",
            "visas", "them", "him", "her", "me", "us", "parole", "admission", "service", "treatment", "care",
            "justice", "passage", "asylum", "residency", "citizenship", "funding", "leave");
    private static final Set<String> OUTCOME_NOUNS = Set.of("line-up", "lineup", "squad", "team", "cast", "schedule", "dates",
            "results", "winners", "winner", "engagement", "retirement", "departure", "birth", "death", "tour", "launch",
            "opening", "closure", "merger", "acquisition", "sale");
    private static final Set<String> NOT_A_SOURCE = Set.of("plan", "plans", "schedule", "expectations", "tradition", "custom",
            "the", "rules", "script", "legend", "form", "type", "size", "age", "need", "taste", "preference");
    private static final Set<String> DENIAL_WORDS = Set.of("nonsense", "rubbish", "untrue", "baseless", "fabrication",
            "fabrications", "lies", "lie", "false", "fake", "groundless", "unfounded", "ridiculous", "absurd", "bogus", "garbage",
            "hogwash", "fiction");

    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:reportedly|allegedly|purportedly|supposedly"
            + "|it is (?:understood|believed|thought|claimed|alleged|said|rumou?red|reported)"
            + "|(?:is|are|was|were|has been|have been) (?:understood|believed|thought|known|said|rumou?red|alleged|reported) to"
            + "|rumou?red|unconfirmed reports?|who (?:asked|declined) not to be (?:named|identified)"
            + "|on condition of anonymity|speaking anonymously|(?:has|have|had) been accused of"
            + "|according to (?:sources|a source|insiders|an insider|people familiar|officials familiar|reports|unnamed)\\b[^,;.]*"
            + "|sources? close to|familiar with the (?:matter|talks|plans?|situation|negotiations|investigation|discussions))");
    private static final Pattern ANONYMOUS_SPEAKER = Pattern.compile(
            "(?i)\\bwho (?:asked|declined) not to be (?:named|identified)\\b|\\bon condition of anonymity\\b|\\bspeaking anonymously\\b");
    private static final Pattern CONTRARY = Pattern.compile("(?i)\\b(?:contrary to|falsely|illegally|illegal|unlawfully|unlawful"
            + "|so-called|so called|wrongly claimed|debunked|discredited)\\b");
    private static final Pattern ACCORDING = Pattern.compile("(?i)\\baccording to\\b");
    private static final Pattern SOURCE_END = Pattern.compile("(?i)\\s+(?:on|last|this|next|earlier|late|in|at|over|during)\\s+"
            + "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|weekend|night|morning|evening|afternoon"
            + "|a statement|an interview|a post|social media|parliament|court|\\d|january|february|march|april|may|june|july|august"
            + "|september|october|november|december).*$"
            + "|\\s+(?:yesterday|today|tonight|earlier|this week|on \\w+day)\\b.*$");

    // ------------------------------------------------------------------ tokens

    private record Tok(String w, String lower, int s, int e, boolean word) {
        boolean isQuote() {
            return !word && (w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("«") || w.equals("»") || w.equals("„"));
        }

        boolean isBoundaryPunct() {
            return !word && !w.equals("'") && !w.equals("’");
        }

        boolean capitalised() {
            return word && Character.isUpperCase(w.codePointAt(0));
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}]+(?:['’\\-.&][\\p{L}\\p{N}]+)*(?:(?<=s)['’](?![\\p{L}]))?|n't|[^\\s\\p{L}\\p{N}]");

    private static List<Tok> tokens(String text, int from, int to) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            String w = m.group();
            boolean word = Character.isLetterOrDigit(w.codePointAt(0));
            // a trailing full stop of the sentence is not part of the last word ("8 p.m." keeps its own)
            int e = m.end();
            if (word && w.endsWith(".") ) {
                w = w.substring(0, w.length() - 1);
                e--;
            }
            out.add(new Tok(w, w.toLowerCase(Locale.ROOT), m.start(), e, word));
        }
        return out;
    }

    // ------------------------------------------------------------------ detection

    /** A speaker found in the text, with whether the text named it (pronouns resolve to those). */
    private record Speaker(String name, int sentence) {

        /** Looks like a person: two capitalised words or a title ("Ana Ruiz", "Mr Halloran"), or one name not a plural ("Watts"). */
        boolean personLike() {
            String[] words = name.split("\\s+");
            long capitalised = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))).count();
            String first = words[0].replace(".", "");
            return TITLES.contains(first) || capitalised >= 2 && !ORGANISATION.matcher(name).find()
                    || words.length == 1 && capitalised == 1 && !name.endsWith("s");
        }

        boolean male() {
            return name.startsWith("Mr ") || name.startsWith("Mr. ");
        }

        boolean female() {
            return name.startsWith("Mrs") || name.startsWith("Ms") || name.startsWith("Miss ");
        }
    }

    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Professor", "Prof", "Sir", "Dame", "Lord", "Lady");
    private static final Pattern ORGANISATION = Pattern.compile("(?i)\\b(?:ministry|ministries|department|agency|police|council|"
            + "commission|office|government|party|company|bank|authority|authorities|service|court|army|forces|union|"
            + "association|institute|university|committee|board|group|media|newspaper|club|team|federation|organisation|"
            + "organization|corporation|inc|ltd|plc)\\b");
    /** How many sentences back a pronoun may find its speaker. */
    private static final int PRONOUN_REACH = 4;

    private record Found(String tag, int cueStart, int cueEnd, @Nullable String source, String reason) {
    }

    @Override
    public List<Suggestion> suggest(String text, List<TextSpan> sentences) {
        List<Suggestion> out = new ArrayList<>();
        List<Speaker> speakers = new ArrayList<>();
        for (int index = 0; index < sentences.size(); index++) {
            TextSpan sentence = sentences.get(index);
            if (sentence.end() > text.length() || sentence.length() == 0) {
                continue;
            }
            List<Found> found = sentence(text, sentence, speakers, index);
            for (String tag : List.of(REPORTED, ATTRIBUTED, CONTESTED)) {
                found.stream().filter(f -> f.tag.equals(tag)).min(Comparator.comparingInt(Found::cueStart))
                        .ifPresent(f -> out.add(new Suggestion(sentence.start(), sentence.end(), f.tag, f.cueStart, f.cueEnd,
                                f.source, "Rules: " + f.reason)));
            }
        }
        return out;
    }

    private List<Found> sentence(String text, TextSpan span, List<Speaker> speakers, int sentenceIndex) {
        String s = text.substring(span.start(), span.end());
        int base = span.start();
        List<Found> found = new ArrayList<>();
        List<Tok> toks = tokens(text, span.start(), span.end());
        boolean anonymous = ANONYMOUS_SPEAKER.matcher(s).find();

        // where speech is reported: a quotation after it is speech, not scare quotes
        int speechAt = Integer.MAX_VALUE;
        // hedges and unnamed sourcing
        Matcher h = HEDGE.matcher(s);
        if (h.find()) {
            if (h.group().matches("(?i).*\\b(?:said|say|says|claimed|alleged|reported|told)\\b.*")) {
                speechAt = base + h.start();
            }
            found.add(new Found(REPORTED, base + h.start(), base + h.end(), null,
                    "hedge “" + h.group() + "”: no source named"));
        }

        // according to X
        Matcher acc = ACCORDING.matcher(s);
        while (acc.find()) {
            String rest = s.substring(acc.end());
            String x = rest.split("[,;:.!?\"“”()]", 2)[0].strip();
            x = SOURCE_END.matcher(x).replaceFirst("").strip();
            String first = x.isEmpty() ? "" : x.split("\\s+")[0].toLowerCase(Locale.ROOT);
            String name = dropDeterminer(x);
            if (name.isEmpty() || NOT_A_SOURCE.contains(first) && !first.equals("the")
                    || NOT_A_SOURCE.contains(name.split("\\s+")[0].toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (UNNAMED.matcher(name).matches() || HEDGE.matcher("according to " + name).lookingAt()) {
                if (found.stream().noneMatch(f -> f.tag.equals(REPORTED))) {
                    found.add(new Found(REPORTED, base + acc.start(), base + acc.end(), null,
                            "“" + acc.group() + "” an unnamed source"));
                }
                continue;
            }
            speakers.add(new Speaker(name, sentenceIndex));
            found.add(new Found(ATTRIBUTED, base + acc.start(), base + acc.end(), name, "“" + acc.group() + "” " + name));
        }

        // speech verbs
        for (int v = 0; v < toks.size(); v++) {
            Tok verb = toks.get(v);
            if (!verb.word || !SPEECH.contains(verb.lower)) {
                continue;
            }
            int cueEnd = verb.e;
            String lower = verb.lower;
            if (lower.equals("quoted")) { // "was quoted as saying"
                if (v + 2 < toks.size() && toks.get(v + 1).lower.equals("as") && toks.get(v + 2).lower.equals("saying")) {
                    cueEnd = toks.get(v + 2).e;
                } else {
                    continue;
                }
            } else if (negative(toks, v, s, base)) {
                continue;
            }
            Subject subject = subject(toks, v, lower.equals("quoted"));
            if (subject == null) {
                continue;
            }
            String name = subject.name;
            String cueText = text.substring(verb.s, cueEnd);
            int cueStart = verb.s;
            boolean unnamed = anonymous || UNNAMED.matcher(name).matches();
            speechAt = Math.min(speechAt, verb.s);
            if (unnamed) {
                int from = Math.min(subject.start, verb.s);
                if (found.stream().noneMatch(f -> f.tag.equals(REPORTED))) {
                    found.add(new Found(REPORTED, from, Math.max(cueEnd, subject.end), null,
                            "“" + cueText + "” with an unnamed speaker: " + name));
                }
                if (denialWords(toks)) {
                    found.add(new Found(CONTESTED, from, Math.max(cueEnd, subject.end), null,
                            "an unnamed speaker calls it “" + denialWord(toks) + "”"));
                }
                continue;
            }
            String source = name;
            String how = "with a speaker";
            if (PRONOUN.contains(name.toLowerCase(Locale.ROOT))) {
                Speaker before = referent(speakers, name.toLowerCase(Locale.ROOT), sentenceIndex);
                source = before == null ? null : before.name;
                how = before == null ? "with “" + name + "”, no one named before it" : "with “" + name + "”, taken as the nearest speaker before";
            } else {
                speakers.add(new Speaker(name, sentenceIndex));
            }
            String said = "“" + cueText + "” " + how + (source == null ? "" : ": " + source);
            boolean denial = DENIAL.contains(lower);
            boolean calledOut = lower.equals("called") || lower.equals("describes") || lower.equals("described");
            if (lower.equals("called")) {
                if (!quoteWithin(toks, v + 1, 5)) {
                    continue;
                }
            } else if (!denial || !NO_ATTRIBUTION.contains(lower)) {
                found.add(new Found(ATTRIBUTED, cueStart, cueEnd, source, said));
            }
            if (denial) {
                found.add(new Found(CONTESTED, cueStart, cueEnd, source, "“" + cueText + "”: disputed" + (source == null ? "" : " by " + source)));
            } else if (lower.equals("called")) {
                found.add(new Found(CONTESTED, cueStart, cueEnd, source, "“" + cueText + "” with a quoted label" + (source == null ? "" : ": " + source)));
            } else if (!calledOut && denialWords(toks)) {
                found.add(new Found(CONTESTED, cueStart, cueEnd, source, "“" + cueText + "” and “" + denialWord(toks) + "”: disputed"
                        + (source == null ? "" : " by " + source)));
            } else if (concessive(toks, v, subject.start)) {
                found.add(new Found(CONTESTED, cueStart, cueEnd, source, "“" + cueText + "” gives another account" + (source == null ? "" : ": " + source)));
            }
        }

        // contrary to, illegally, so-called
        Matcher c = CONTRARY.matcher(s);
        if (c.find()) {
            int cs = base + c.start();
            int ce = base + c.end();
            String term = c.group();
            if (term.toLowerCase(Locale.ROOT).startsWith("so")) { // so-called "referendum": the quoted term is the cue
                int[] q = quoteAfter(s, c.end());
                if (q != null) {
                    cs = base + q[0];
                    ce = base + q[1];
                    term = s.substring(q[0], q[1]);
                }
            }
            found.add(new Found(CONTESTED, cs, ce, null, "“" + term + "” flags a dispute"));
        }

        // scare quotes: a short quoted term no speech verb introduces
        int firstSpeech = Math.min(speechAt, found.stream().filter(f -> f.tag.equals(ATTRIBUTED)).mapToInt(Found::cueStart).min()
                .orElse(Integer.MAX_VALUE));
        for (int[] q : shortQuotes(s)) {
            int qs = base + q[0];
            if (qs > firstSpeech || found.stream().anyMatch(f -> f.tag.equals(CONTESTED) && f.cueStart <= qs && qs < f.cueEnd + 0)) {
                continue;
            }
            String before = s.substring(0, q[0]).stripTrailing();
            if (before.endsWith(",") || before.endsWith(":") || before.isEmpty()) {
                continue;
            }
            found.add(new Found(CONTESTED, qs, base + q[1], null, "scare quotes around " + s.substring(q[0], q[1])));
            break;
        }
        return found;
    }

    /** The speaker a pronoun stands for: the nearest one before, a person for he and she, within a few sentences. */
    private static @Nullable Speaker referent(List<Speaker> speakers, String pronoun, int sentenceIndex) {
        boolean person = pronoun.equals("he") || pronoun.equals("she");
        for (int i = speakers.size() - 1; i >= 0; i--) {
            Speaker s = speakers.get(i);
            if (sentenceIndex - s.sentence > PRONOUN_REACH) {
                return null;
            }
            if (person && (!s.personLike() || pronoun.equals("he") && s.female() || pronoun.equals("she") && s.male())) {
                continue;
            }
            if (pronoun.equals("it") && s.personLike() && !ORGANISATION.matcher(s.name).find()) {
                continue;
            }
            return s;
        }
        return null;
    }

    /** Uses of a speech verb that are not attribution: passives, negations, "claimed the title", "told off", ... */
    private static boolean negative(List<Tok> toks, int v, String s, int base) {
        Tok verb = toks.get(v);
        Tok prev = v > 0 ? toks.get(v - 1) : null;
        Tok next = v + 1 < toks.size() ? toks.get(v + 1) : null;
        if (prev != null && prev.word && (PASSIVE.contains(prev.lower) || DETERMINER.contains(prev.lower)
                || prev.lower.endsWith("'s") || prev.lower.endsWith("’s") && false)) {
            return true; // "was told", "did not say", "the said property", "the claims"
        }
        if (prev != null && prev.word && v > 1 && AUXILIARY.contains(prev.lower) && toks.get(v - 2).word
                && PASSIVE.contains(toks.get(v - 2).lower)) {
            return true; // "did not later say", "have not also ..."
        }
        if (v > 1 && prev != null && AUXILIARY.contains(prev.lower) && (toks.get(v - 2).lower.equals("not")
                || toks.get(v - 2).lower.equals("n't"))) {
            return true;
        }
        String lower = verb.lower;
        String n = next == null ? "" : next.lower;
        if (lower.startsWith("claim")) { // "claimed the league title", "claimed a third win", "claimed his first medal"
            for (int j = v + 1; j < Math.min(toks.size(), v + 5) && toks.get(j).word && !toks.get(j).lower.equals("that"); j++) {
                String w = toks.get(j).lower;
                if (CLAIMED_WON.contains(w) && !DETERMINER.contains(w) && !w.equals("first") && !w.equals("second")
                        && !w.equals("third")) {
                    return true;
                }
            }
        }
        if (lower.startsWith("den") && (DENIED_REFUSED.contains(n) || (n.equals("a") || n.equals("an") || n.equals("the"))
                && v + 2 < toks.size() && DENIED_REFUSED.contains(toks.get(v + 2).lower))) {
            return true;
        }
        if (lower.startsWith("told") && (n.equals("off") || n.equals("to"))) {
            return true;
        }
        if (lower.startsWith("announce") && (n.equals("its") || n.equals("their") || n.equals("his") || n.equals("her"))
                && v + 2 < toks.size() && OUTCOME_NOUNS.contains(toks.get(v + 2).lower)) {
            return true;
        }
        if ((lower.startsWith("describ")) && !s.substring(verb.e - base).contains(" as ")) {
            return true;
        }
        if (lower.equals("attributed") && !s.substring(verb.e - base).contains(" to ")) {
            return true;
        }
        if ((lower.equals("posted") || lower.startsWith("report")) && next != null && next.word
                && !n.equals("that") && !n.equals("on") && !n.equals("online")) {
            return lower.equals("posted") || !n.equals("that");
        }
        if ((lower.equals("notes") || lower.equals("states") || lower.equals("claims") || lower.equals("reports")
                || lower.equals("estimates")) && (prev == null || !prev.word || !prev.capitalised() && !PRONOUN.contains(prev.lower)
                && !prev.lower.endsWith("s"))) {
            return true; // nouns: "states", "notes", "claims" with no plausible subject right before
        }
        return false;
    }

    private record Subject(String name, int start, int end) {
    }

    /** The verb's subject: before it (back to a clause boundary), or after it when a quotation comes first. */
    private static @Nullable Subject subject(List<Tok> toks, int v, boolean quotedAs) {
        int i = v - 1;
        while (i >= 0 && toks.get(i).word && (AUXILIARY.contains(toks.get(i).lower) || quotedAs && PASSIVE.contains(toks.get(i).lower)
                || toks.get(i).lower.endsWith("ly") && !toks.get(i).capitalised() && toks.get(i).lower.length() > 4)) {
            i--;
        }
        if (i < 0) {
            return after(toks, v);
        }
        Tok prev = toks.get(i);
        if (prev.isQuote() || prev.w.equals(",") && i > 0 && toks.get(i - 1).isQuote()
                || prev.isQuote() && i > 0 && toks.get(i - 1).w.equals(",")) {
            return after(toks, v); // ..." said the minister
        }
        if (prev.w.equals(",")) { // X, a spokeswoman, said  /  the minister, X, said
            int j = i - 1;
            while (j >= 0 && !toks.get(j).isBoundaryPunct()) {
                j--;
            }
            if (j < 0 || !toks.get(j).w.equals(",")) {
                return null; // "The merger ..., announced in January, has" - one comma: a participle, not a speaker
            }
            List<Tok> second = toks.subList(j + 1, i);
            if (second.isEmpty()) {
                return null;
            }
            Tok head = second.getFirst();
            if (head.capitalised() && !BOUNDARY.contains(head.lower) && !DETERMINER.contains(head.lower)
                    && second.stream().allMatch(t -> t.capitalised() || t.lower.equals("de") || t.lower.equals("van")
                    || t.lower.equals("von") || t.lower.equals("al") || t.lower.equals("bin") || t.lower.equals("da")
                    || t.lower.equals("of"))) {
                return clean(second);
            }
            return before(toks, j);
        }
        return before(toks, i + 1);
    }

    /** The noun phrase ending just before index {@code end}, back to a boundary. */
    private static @Nullable Subject before(List<Tok> toks, int end) {
        int j = end - 1;
        while (j >= 0) {
            Tok t = toks.get(j);
            if (t.isBoundaryPunct() && !t.w.equals("&") || t.word && BOUNDARY.contains(t.lower) && !(t.lower.equals("as") && false)) {
                break;
            }
            if (t.word && SPEECH.contains(t.lower) && j < end - 1 && !t.capitalised()) {
                break;
            }
            j--;
        }
        List<Tok> np = toks.subList(j + 1, end);
        if (np.isEmpty() || np.size() > 9) {
            return null;
        }
        return clean(np);
    }

    /** The noun phrase after an inverted verb ({@code said the minister}), to a comma or the end. */
    private static @Nullable Subject after(List<Tok> toks, int v) {
        int j = v + 1;
        while (j < toks.size() && toks.get(j).word && !BOUNDARY.contains(toks.get(j).lower)
                && !toks.get(j).lower.equals("on") && !toks.get(j).lower.equals("in") || j < toks.size() && toks.get(j).w.equals("&")) {
            j++;
        }
        List<Tok> np = toks.subList(v + 1, j);
        if (np.isEmpty() || np.size() > 9) {
            return null;
        }
        return clean(np);
    }

    private static @Nullable Subject clean(List<Tok> np) {
        int from = 0;
        while (from < np.size() && np.get(from).word && DETERMINER.contains(np.get(from).lower)) {
            from++;
        }
        if (from == np.size()) {
            return null;
        }
        List<Tok> kept = np.subList(from, np.size());
        if (kept.stream().noneMatch(Tok::word)) {
            return null;
        }
        Tok first = kept.getFirst();
        if (first.word && (first.lower.equals("there") || first.lower.equals("which") || first.lower.equals("this")
                || first.lower.equals("one") && kept.size() == 1)) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        Tok last = null;
        for (Tok t : kept) {
            if (last != null && last.e < t.s) {
                b.append(' ');
            }
            b.append(t.w);
            last = t;
        }
        return new Subject(b.toString().strip(), np.getFirst().s, kept.getLast().e);
    }

    private static boolean concessive(List<Tok> toks, int v, int subjectStart) {
        for (int j = v - 1; j >= 0; j--) {
            Tok t = toks.get(j);
            if (t.s < subjectStart) {
                return t.word && CONCESSIVE.contains(t.lower);
            }
        }
        return false;
    }

    private static boolean quoteWithin(List<Tok> toks, int from, int n) {
        for (int j = from; j < Math.min(toks.size(), from + n); j++) {
            if (toks.get(j).isQuote()) {
                return true;
            }
        }
        return false;
    }

    private static boolean denialWords(List<Tok> toks) {
        return denialWord(toks) != null;
    }

    private static @Nullable String denialWord(List<Tok> toks) {
        for (Tok t : toks) {
            if (t.word && DENIAL_WORDS.contains(t.lower)) {
                return t.w;
            }
        }
        return null;
    }

    private static int @Nullable [] quoteAfter(String s, int from) {
        for (int[] q : quotes(s)) {
            if (q[0] >= from && s.substring(from, q[0]).isBlank()) {
                return q;
            }
        }
        return null;
    }

    /** Quoted stretches of the sentence, quotation marks included. */
    private static List<int[]> quotes(String s) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '“' || ch == '«' || ch == '„') {
                open = i;
            } else if ((ch == '”' || ch == '»') && open >= 0) {
                out.add(new int[] {open, i + 1});
                open = -1;
            } else if (ch == '"') {
                if (open >= 0 && s.charAt(open) == '"') {
                    out.add(new int[] {open, i + 1});
                    open = -1;
                } else {
                    open = i;
                }
            }
        }
        return out;
    }

    /** Quotations of one to three words with no sentence punctuation inside: candidate scare quotes. */
    private static List<int[]> shortQuotes(String s) {
        List<int[]> out = new ArrayList<>();
        for (int[] q : quotes(s)) {
            String inner = s.substring(q[0] + 1, q[1] - 1).strip();
            if (inner.isEmpty() || inner.matches(".*[.,!?;:].*")) {
                continue;
            }
            int words = inner.split("\\s+").length;
            if (words <= 3) {
                out.add(q);
            }
        }
        return out;
    }

    private static String dropDeterminer(String x) {
        String[] parts = x.strip().split("\\s+", 2);
        if (parts.length == 2 && DETERMINER.contains(parts[0].toLowerCase(Locale.ROOT))) {
            return parts[1].strip();
        }
        return x.strip();
    }
}
