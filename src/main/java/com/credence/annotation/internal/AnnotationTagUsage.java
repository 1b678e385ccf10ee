package com.credence.annotation.internal;

import com.credence.tagset.TagUsage;
import org.springframework.stereotype.Component;

/** Tells the tag set how many annotations carry a tag (deleted ones too: they keep their tag). */
@Component
class AnnotationTagUsage implements TagUsage {

    private final AnnotationRepository annotations;

    AnnotationTagUsage(AnnotationRepository annotations) {
        this.annotations = annotations;
    }

    @Override
    public long uses(String tagKey) {
        return annotations.countByTag(tagKey);
    }
}
