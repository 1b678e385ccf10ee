package com.credence.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Proposes a page's furniture for leaving out of an imported article: share buttons, "Updated" stamps,
 * copyright lines, "Read more" and subscription calls, advertisement labels, and "Related" blocks of
 * headlines. Each rule looks at a whole paragraph, so a story sentence that merely mentions sharing,
 * subscribers or copyright is never taken for furniture; a proposal is only a proposal, and the person
 * importing decides.
 */
public final class Boilerplate {

    private static final Set<String> SHARE_WORDS = Set.of("twitter", "x", "facebook", "share", "shares", "whatsapp", "email",
            "e-mail", "mail", "linkedin", "tweet", "print", "pinterest", "reddit", "telegram", "messenger", "copy", "link",
            "bluesky", "threads", "mastodon", "flipboard", "save", "comments", "comment", "this", "article", "story", "page",
            "on", "via", "gift");
    /** Words that name the share bar itself; a line of SHARE_WORDS needs one of them (not just "this page"). */
    private static final Set<String> SHARE_NAMES = Set.of("twitter", "facebook", "share", "whatsapp", "email", "e-mail",
            "linkedin", "tweet", "print", "pinterest", "reddit", "telegram", "messenger", "bluesky", "threads", "mastodon",
            "flipboard", "x");
    private static final Pattern STAMP = Pattern.compile("^(?:last\\s+|first\\s+)?(?:updated|published|posted|modified)\\b[:\\s]*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> DATE_WORDS = Set.of("on", "at", "ago", "hour", "hours", "minute", "minutes", "min", "mins",
            "day", "days", "week", "weeks", "am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst",
            "pdt", "today", "yesterday", "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun",
            "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec",
            "december", "mon", "monday", "tue", "tuesday", "wed", "wednesday", "thu", "thursday", "fri", "friday", "sat",
            "saturday", "sun", "sunday", "an", "a", "st", "nd", "rd", "th");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(?:©|\\(c\\)|copyright\\s*(?:©|\\(c\\))?\\s*\\d{4}).*|.*\\ball rights reserved\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MORE = Pattern.compile(
            "^(?:read more|read next|continue reading|see also|more on this|click here)\\b(?:\\s*[:›»>…–—-].*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CALL = Pattern.compile("^(?:skip to (?:main )?content|listen to this article|listen to this story"
            + "|advertisement|advertising|sponsored(?: content)?|follow us on .{1,80}|download (?:our|the) app.{0,80}"
            + "|watch: .{1,100}|image caption|media caption|photo: .{1,80}|getty images|comments? \\(\\d+\\))$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBSCRIBE = Pattern.compile(
            "^(?:subscribe|sign up|register)\\b.{0,140}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATED_HEADING = Pattern.compile("^(?:related|related (?:articles|stories|content|coverage|links|news)"
            + "|more on this story|more from .{1,40}|more stories|see also|most read|most popular|most viewed|recommended"
            + "|recommended for you|you may also like|you might also like|read next|top stories|latest stories|in other news)"
            + "\\s*:?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE = Pattern.compile(
            "(?:\\b\\d{1,2}\\s+\\p{L}{3,9}\\s+\\d{4}|\\b\\p{L}{3,9}\\s+\\d{1,2},?\\s+\\d{4}|\\b\\d{4}-\\d{2}-\\d{2}"
            + "|\\b\\d+\\s+(?:hours?|minutes?|days?|weeks?)\\s+ago)\\s*$", Pattern.CASE_INSENSITIVE);

    private Boilerplate() {
    }

    /**
     * For each paragraph, why it looks like page furniture, or null when it looks like the story. The
     * reasons are short phrases for the preview ("share buttons", "related links").
     */
    public static List<@Nullable String> detect(List<String> paragraphs) {
        List<@Nullable String> reasons = new ArrayList<>(paragraphs.size());
        boolean inRelated = false;
        for (String raw : paragraphs) {
            String p = raw.strip().replaceAll("\\s+", " ");
            String reason = alone(p);
            if (reason == null && RELATED_HEADING.matcher(p).matches()) {
                reason = "related links";
                inRelated = true;
            } else if (reason == null && inRelated && headline(p)) {
                reason = "related links";
            } else if (reason == null) {
                inRelated = false;
            }
            reasons.add(reason);
        }
        return reasons;
    }

    /** A paragraph that is furniture by itself, whatever stands around it. */
    private static @Nullable String alone(String p) {
        if (p.isEmpty() || p.length() > 200) {
            return null;
        }
        if (shareBar(p)) {
            return "share buttons";
        }
        var stamp = STAMP.matcher(p);
        if (stamp.matches() && dateOnly(stamp.group(1))) {
            return "update stamp";
        }
        if (COPYRIGHT.matcher(p).matches()) {
            return "copyright line";
        }
        if (MORE.matcher(p).matches()) {
            return "link to more";
        }
        if (CALL.matcher(p).matches()) {
            return "page furniture";
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (SUBSCRIBE.matcher(p).matches() && (lower.length() <= 12 || lower.contains("newsletter") || lower.contains(" our ")
                || lower.contains("today") || lower.contains(" now") || lower.contains("free") || lower.contains("to read"))) {
            return "subscription call";
        }
        return null;
    }

    private static boolean shareBar(String p) {
        if (p.length() > 100) {
            return false;
        }
        String[] words = p.toLowerCase(Locale.ROOT).split("[\\s|•·/,]+");
        boolean named = false;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (!SHARE_WORDS.contains(w)) {
                return false;
            }
            named |= SHARE_NAMES.contains(w);
        }
        return named;
    }

    /** Nothing but a date, a time or "3 hours ago" (or nothing at all) after "Updated". */
    private static boolean dateOnly(String rest) {
        if (rest.length() > 60) {
            return false;
        }
        return Arrays.stream(rest.toLowerCase(Locale.ROOT).split("[\\s,:.()/–-]+")).filter(w -> !w.isEmpty())
                .allMatch(w -> w.chars().allMatch(Character::isDigit) || DATE_WORDS.contains(w)
                        || w.matches("\\d{1,2}(?:st|nd|rd|th|am|pm|h)"));
    }

    /** A headline in a list of links: short, few words, not a sentence ending in a full stop (unless a date ends it). */
    private static boolean headline(String p) {
        if (p.length() > 140 || p.split(" ").length > 18) {
            return false;
        }
        if (DATELINE.matcher(p).find()) {
            return true;
        }
        char last = p.charAt(p.length() - 1);
        return last != '.' && last != ':' && last != ';' && last != ',';
    }
}
