package com.credence.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a page's furniture looks like once it is text, and what a story looks like: the furniture is
 * proposed for leaving out, the story never.
 */
class BoilerplateTest {

    private static List<Boolean> proposed(String... paragraphs) {
        List<Boolean> out = new ArrayList<>();
        Boilerplate.detect(List.of(paragraphs)).forEach(r -> out.add(r != null));
        return out;
    }

    @Test
    void shareButtonsAloneOnALineAreFurniture() {
        assertThat(proposed("TWITTER", "Facebook", "Share", "Share this article", "WhatsApp Email Copy link",
                "Twitter | Facebook | LinkedIn", "Tweet", "Print")).containsOnly(true);
    }

    @Test
    void updatedStampsCopyrightAndCallsToActionAreFurniture() {
        assertThat(proposed("Updated", "Updated 4 March 2026, 10:42", "Last updated: 12:05 GMT", "Published 3 hours ago",
                "© 2026 The Lanmouth Courier. All rights reserved.", "Copyright 2026 Harbour Media Ltd",
                "All rights reserved.", "Read more", "Read more: Ferry fares to rise in spring", "Subscribe",
                "Subscribe to our newsletter for the morning briefing", "Sign up for our daily newsletter",
                "Advertisement", "Continue reading", "Skip to main content", "Listen to this article",
                "Follow us on Twitter and Facebook")).containsOnly(true);
    }

    @Test
    void aRelatedBlockOfHeadlinesWithDatelinesIsFurnitureUntilTheStoryResumes() {
        assertThat(proposed(
                "The council voted on Tuesday to close the old bridge for repairs.",
                "Related",
                "Ferry timetable changes for the winter 3 March 2026",
                "Traders fear loss of custom during closure 28 February 2026",
                "Engineers said the girders showed fractures that had widened since the last survey, and that the closure could last a year.")
        ).containsExactly(false, true, true, true, false);
        assertThat(proposed(
                "The report was published on Monday.",
                "More on this story",
                "Bridge inspections 'missed cracks'",
                "Council to borrow £4m for repairs",
                "The harbour master said the ferries would run every hour while the bridge is shut.")
        ).containsExactly(false, true, true, true, false);
    }

    @Test
    void theStoryIsNeverFurnitureEvenWhenItTalksAboutSharingOrUpdates() {
        assertThat(proposed(
                "Shares in Lanmouth Shipping fell by 4 per cent after the announcement.",
                "The company said it would share the report with regulators.",
                "Updated figures from the ministry show 40 people were detained, not 30.",
                "“Read more carefully,” the judge told the lawyers, “and you will see the clause.”",
                "Subscribers to the water company will see bills rise by £30 a year.",
                "Related charges were dropped in 2019.",
                "Twitter said it had removed the account.",
                "Copyright law does not protect facts, the court said.",
                "Advertisement spending fell by a fifth last year, the survey found.",
                "Print runs of the paper were cut after the strike.")).containsOnly(false);
    }

    @Test
    void shortHeadlinesInsideTheStoryAreKept() {
        assertThat(proposed("Bridge to close for a year", "The council voted on Tuesday to close the bridge.",
                "What happens next", "Repairs will start in May.")).containsOnly(false);
    }

    @Test
    void everyProposalSaysWhy() {
        List<String> reasons = Boilerplate.detect(List.of("Share", "© 2026 Courier", "Read more", "Related", "Old story 2 May 2025"));
        assertThat(reasons).doesNotContainNull().allMatch(r -> !r.isBlank());
    }
}
