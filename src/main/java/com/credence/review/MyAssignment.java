package com.credence.review;

import com.credence.article.ArticleProgress;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An article assigned to me, as my landing page lists it. */
public record MyAssignment(long articleId, String title, @Nullable String outlet, @Nullable LocalDate due, String assignedBy,
        ArticleProgress progress) {
}
