package com.credence.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How dates, times and sizes read in Credence's pages. */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK).withZone(ZoneId.systemDefault());

    private Formats() {
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String instant(Instant instant) {
        return DATE_TIME.format(instant);
    }

    /** A file size as people read it: "840 bytes", "12.4 kB", "3.1 MB". */
    public static String bytes(long n) {
        if (n < 1000) {
            return n + " bytes";
        }
        return n < 1_000_000 ? String.format(Locale.UK, "%.1f kB", n / 1000.0) : String.format(Locale.UK, "%.1f MB", n / 1_000_000.0);
    }

    /** Reading time at about 1,200 characters (200 words) a minute. */
    public static String readingTime(int characters) {
        return Math.max(1, Math.round(characters / 1200f)) + " min read";
    }
}
