package com.credence.review;

import java.util.List;

/** An editor set who works on an article (an empty list: nobody any more). */
public record ArticleAssigned(long articleId, List<String> assignees, String by) {

    public ArticleAssigned {
        assignees = List.copyOf(assignees);
    }
}
