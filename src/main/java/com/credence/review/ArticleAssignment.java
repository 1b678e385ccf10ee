package com.credence.review;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Who an article is assigned to, and by when. */
public record ArticleAssignment(long articleId, List<String> assignees, @Nullable LocalDate due) {

    public ArticleAssignment {
        assignees = List.copyOf(assignees);
    }
}
