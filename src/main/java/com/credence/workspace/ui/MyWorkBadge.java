package com.credence.workspace.ui;

import com.credence.annotation.AnnotationService;
import com.credence.annotation.AnnotationStatus;
import com.credence.base.NavigationBadge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Beside "My work": how much came back to me, and how much is waiting for review. */
@Component
class MyWorkBadge implements NavigationBadge {

    private final AnnotationService annotations;

    MyWorkBadge(AnnotationService annotations) {
        this.annotations = annotations;
    }

    @Override
    public String path() {
        return MyWorkView.ROUTE;
    }

    @Override
    public Optional<Badge> badge() {
        Map<AnnotationStatus, Long> counts = annotations.myCounts();
        long returned = counts.getOrDefault(AnnotationStatus.CHANGES_REQUESTED, 0L) + counts.getOrDefault(AnnotationStatus.REJECTED, 0L);
        long waiting = counts.getOrDefault(AnnotationStatus.SUBMITTED, 0L);
        List<String> shown = new ArrayList<>();
        List<String> said = new ArrayList<>();
        if (returned > 0) {
            shown.add(returned + " back");
            said.add(returned + " returned to you");
        }
        if (waiting > 0) {
            shown.add(waiting + " wait");
            said.add(waiting + " waiting for review");
        }
        return shown.isEmpty() ? Optional.empty() : Optional.of(new Badge(String.join(" · ", shown), String.join(", ", said)));
    }
}
