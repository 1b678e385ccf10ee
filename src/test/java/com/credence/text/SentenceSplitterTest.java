package com.credence.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.text.TextSpan;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class SentenceSplitterTest {

    private static final List<SentenceEvaluation.Case> CASES = SentenceEvaluation.load();
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void theEvaluationSetIsLargeAndCoversEveryCategory() {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(80);
        Map<String, Long> perCategory = CASES.stream().collect(Collectors.groupingBy(SentenceEvaluation.Case::category,
                Collectors.counting()));
        assertThat(perCategory.keySet()).contains("titles and abbreviations", "initials", "numbers and money",
                "dates and times", "ellipses", "quotations", "parentheses and brackets", "lists", "urls and e-mail",
                "dashes", "lower-case and number starts", "no final punctuation");
        assertThat(perCategory.values()).allMatch(n -> n >= 4);
    }

    @TestFactory
    Stream<DynamicTest> everyCaseIsSplitExactlyAsExpected() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.category() + ": " + c.text().replace("\n", "¶"), () -> {
            List<String> got = splitter.split(c.text()).stream().map(s -> c.text().substring(s.start(), s.end())).toList();
            assertThat(got).isEqualTo(c.sentences());
        }));
    }

    @Test
    void oursIsMoreAccurateThanBreakIteratorAndOpenNlp() {
        double ours = SentenceEvaluation.accuracy(CASES, SentenceEvaluation.ours());
        double breakIterator = SentenceEvaluation.accuracy(CASES, SentenceEvaluation.breakIterator());
        double openNlp = SentenceEvaluation.accuracy(CASES, SentenceEvaluation.openNlp());
        assertThat(ours).isGreaterThan(breakIterator).isGreaterThan(openNlp);
    }

    @Test
    void sentencesNeverCrossParagraphsAndNeverIncludeSurroundingWhitespace() {
        String text = "  First one.  Second one?\n\n\tThird “one!” Fourth\n\nFifth.  ";
        List<TextSpan> spans = splitter.split(text);
        assertThat(spans).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("First one.", "Second one?", "Third “one!”", "Fourth", "Fifth.");
        for (TextSpan s : spans) {
            assertThat(text.substring(s.start(), s.end())).doesNotContain("\n").isEqualTo(text.substring(s.start(), s.end()).strip());
        }
    }

    @Test
    void offsetsAreUtf16IndicesEvenWithEmojiAndCombiningMarks() {
        String text = "Cafe\u0301 owners 😀 protested. Олег said “no.” 東京 agreed.";
        Function<TextSpan, String> cut = s -> text.substring(s.start(), s.end());
        assertThat(splitter.split(text)).extracting(cut::apply)
                .containsExactly("Cafe\u0301 owners 😀 protested.", "Олег said “no.”", "東京 agreed.");
    }

    @Test
    void emptyAndBlankTextHaveNoSentences() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split(" \n\n \t")).isEmpty();
    }
}
