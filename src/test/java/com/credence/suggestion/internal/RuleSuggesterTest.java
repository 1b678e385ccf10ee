package com.credence.suggestion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.credence.suggestion.Suggestion;
import com.credence.suggestion.SuggestionEvaluation;
import com.credence.text.SentenceSplitter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The rule suggester on the labelled sets (each {@code *.json} in test resources/suggestions) and on fixed examples. */
class RuleSuggesterTest {

    private final RuleSuggester rules = new RuleSuggester();

    /**
     * Every labelled set is read and scored on its own (its table printed), and the aims are held on
     * each: the development set (the rules were tuned on it) and the held-out one (written by someone
     * else to the same guide before the rules, never looked at while tuning; it met the aims at its
     * first measurement). A change that loses either fails the build. Tune on the development set only
     * ({@code -Dbench.misses=true} there); a miss of the held-out set that is mended becomes a case of
     * the development set, not a rule written to the held-out text.
     */
    @TestFactory
    Stream<DynamicTest> everyLabelledSetIsScoredAndMeetsTheAims() {
        List<SuggestionEvaluation.LabelledSet> sets = SuggestionEvaluation.sets();
        assertThat(sets).extracting(SuggestionEvaluation.LabelledSet::name).contains("dev", "heldout");
        return sets.stream().map(set -> DynamicTest.dynamicTest(set.name(), () -> {
            SuggestionEvaluation.Score score = SuggestionEvaluation.score(rules, set);
            SuggestionEvaluation.Counts attributed = score.perTag().get("attributed");
            String table = set.name() + "\n" + SuggestionEvaluation.table(score);
            System.out.println("Suggestions on the set " + table);
            assertThat(score.overall().tp + score.overall().fn).as(table).isPositive();
            assertThat(attributed.precision()).as(table).isGreaterThanOrEqualTo(0.90);
            assertThat(attributed.recall()).as(table).isGreaterThanOrEqualTo(0.80);
            assertThat(attributed.sourcesExactRate()).as(table).isGreaterThanOrEqualTo(0.70);
        }));
    }

    private List<Suggestion> suggest(String text) {
        return rules.suggest(text, new SentenceSplitter().split(text));
    }

    private Suggestion only(String text, String tag) {
        List<Suggestion> found = suggest(text).stream().filter(s -> s.tag().equals(tag)).toList();
        assertThat(found).as(text).hasSize(1);
        return found.getFirst();
    }

    private static String cue(String text, Suggestion s) {
        return text.substring(s.cueStart(), s.cueEnd());
    }

    @Test
    void theIssuesExamples() {
        String text = "The Belarusian Defence Ministry stated that the exercise was over.";
        Suggestion s = only(text, "attributed");
        assertThat(s.source()).isEqualTo("Belarusian Defence Ministry");
        assertThat(cue(text, s)).isEqualTo("stated");
        assertThat(s.start()).isZero();
        assertThat(s.end()).isEqualTo(text.length());
        assertThat(s.reason()).contains("stated").contains("Belarusian Defence Ministry");

        assertThat(only("Authorities say the road is closed.", "attributed").source()).isEqualTo("Authorities");
        String according = "The bridge is closed, according to the Harbour Authority.";
        Suggestion a = only(according, "attributed");
        assertThat(a.source()).isEqualTo("Harbour Authority");
        assertThat(cue(according, a)).isEqualTo("according to");
    }

    @Test
    void appositionsAndRolesAndInversion() {
        assertThat(only("Maria Keller, a spokeswoman for the port, said the ships would wait.", "attributed").source())
                .isEqualTo("Maria Keller");
        assertThat(only("A spokeswoman for the port said the ships would wait.", "attributed").source())
                .isEqualTo("spokeswoman for the port");
        assertThat(only("Police Chief Ana Ruiz said the driver was unhurt.", "attributed").source()).isEqualTo("Police Chief Ana Ruiz");
        assertThat(only("\"We have no plans to leave,\" said the minister.", "attributed").source()).isEqualTo("minister");
        assertThat(only("The company's chief executive, John Smith, told investors that profits would rise.", "attributed").source())
                .isEqualTo("John Smith");
    }

    @Test
    void pronounsAreTheNearestSpeakerBefore() {
        List<Suggestion> found = suggest("Governor Ilse Brandt said inflation was too high. \"We will act,\" she told reporters.");
        assertThat(found).extracting(Suggestion::source).containsExactly("Governor Ilse Brandt", "Governor Ilse Brandt");
        assertThat(found.get(1).reason()).contains("she");
        assertThat(only("He said the plan had failed.", "attributed").source()).isNull();
    }

    @Test
    void heAndSheAreAPersonNearBeforeNotAnyGroup() {
        List<Suggestion> found = suggest("Mr Halloran has always denied any wrongdoing. Prosecutors allege he took bribes. "
                + "He says he will clear his name.");
        assertThat(found.getLast().source()).isEqualTo("Mr Halloran");
        assertThat(suggest("The Health Ministry confirmed the cases. She said nothing more.").getLast().source()).isNull();
        assertThat(suggest("The Health Ministry confirmed the cases. It said nothing more.").getLast().source())
                .isEqualTo("Health Ministry");
        List<Suggestion> far = suggest("Ana Ruiz said it was fine. One. Two. Three. Four. Five. She added more.");
        assertThat(far.getLast().source()).isNull();
    }

    @Test
    void aQuotationAfterUnnamedSpeechIsNotAScareQuote() {
        assertThat(suggest("A source close to the singer said he was \"heartbroken\".")).extracting(Suggestion::tag)
                .containsExactly("reported");
        assertThat(suggest("The actress is said to be \"exhausted\" by filming.")).extracting(Suggestion::tag)
                .containsExactly("reported");
    }

    @Test
    void hedgesAndUnnamedSourcesAreReportedNotAttributed() {
        for (String text : List.of("The rebels reportedly seized the airport.", "It is understood that the talks have failed.",
                "Rebels have seized the airport, sources said.", "The minister is believed to have resigned.",
                "A source close to the singer said he was heartbroken.", "The deal is known to include a bonus.")) {
            List<Suggestion> found = suggest(text);
            assertThat(found).as(text).extracting(Suggestion::tag).containsExactly("reported");
            assertThat(found.getFirst().source()).isNull();
        }
    }

    @Test
    void signsOfDispute() {
        assertThat(only("The ministry denied the report.", "contested").source()).isEqualTo("ministry");
        String scare = "The so-called \"referendum\" was held without observers.";
        assertThat(cue(scare, only(scare, "contested"))).isEqualTo("\"referendum\"");
        assertThat(only("Troops illegally crossed the border.", "contested").source()).isNull();
        assertThat(only("Contrary to the trust's assurances, patients must travel an hour.", "contested")).isNotNull();
        String lost = "Holidaymakers were stranded after their booking was \u201clost\u201d.";
        assertThat(cue(lost, only(lost, "contested"))).isEqualTo("\u201clost\u201d");
    }

    @Test
    void quotationsOfSpeechAreNotScareQuotes() {
        assertThat(suggest("The council insisted the trip was \"value for money\".")).extracting(Suggestion::tag)
                .containsExactly("attributed");
    }

    @Test
    void negatives() {
        for (String text : List.of("Work is proceeding according to plan.", "Salvik United claimed the league title on Saturday.",
                "Holidaymakers were denied entry to the resort.", "The chef was told off by a judge.",
                "The said property stood empty.", "The club announced its line-up for the tour.",
                "The ministry did not say where the drones came from.", "New quotas will be announced in the autumn.")) {
            assertThat(suggest(text)).as(text).isEmpty();
        }
    }

    @Test
    void offsetsAreUtf16AndInsideTheSentence() {
        String text = "\uD83D\uDCF0 Breaking. The minister said \u201cno\u201d to the plan. \uD83D\uDE00 The union says otherwise.";
        for (Suggestion s : suggest(text)) {
            assertThat(s.cueStart()).isGreaterThanOrEqualTo(s.start());
            assertThat(s.cueEnd()).isLessThanOrEqualTo(s.end());
            assertThat(Character.isLowSurrogate(text.charAt(s.start()))).isFalse();
        }
        assertThat(suggest(text)).extracting(s -> text.substring(s.cueStart(), s.cueEnd())).contains("said", "says");
    }

    @Test
    void fiveThousandSentencesWellUnderASecond() {
        String article = SuggestionEvaluation.article(5000);
        var sentences = new SentenceSplitter().split(article);
        rules.suggest(article, sentences); // warm
        long t0 = System.nanoTime();
        rules.suggest(article, sentences);
        // guards against quadratic work, not a speed claim on a shared machine (the benchmark measures)
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(3000);
    }
}
