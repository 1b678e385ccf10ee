package com.credence.source;

import com.credence.base.InvalidInputException;
import com.ibm.icu.lang.UCharacter;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * How source names are matched: by a key that is the same for "Ministère de la Défense", "ministere de
 * la  defense" and "MINISTÈRE DE LA DÉFENSE". Unicode NFKD, combining marks stripped, case folded (full
 * folding: "ß" is "ss"), white space collapsed, a leading "the " dropped ("The Ministry" = "Ministry").
 */
public final class SourceNames {

    /** The longest key kept (a name of 300 characters can grow when decomposed). */
    public static final int MAX_KEY = 1200;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

    private SourceNames() {
    }

    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = UCharacter.foldCase(s, true);
        s = Normalizer.normalize(s, Normalizer.Form.NFKD); // folding can make decomposable characters again
        s = MARKS.matcher(s).replaceAll("");
        s = SPACE.matcher(s).replaceAll(" ").strip();
        if (s.startsWith("the ") && s.length() > 4) {
            s = s.substring(4);
        }
        if (s.length() > MAX_KEY) {
            throw new InvalidInputException("The source name is too long.");
        }
        return s;
    }
}
