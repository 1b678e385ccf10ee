package com.credence.workspace.ui;

import com.credence.annotation.AnnotationChanged;
import com.credence.annotation.AnnotationCreated;
import com.credence.annotation.AnnotationEvent;
import com.credence.annotation.AnnotationStatusChanged;
import com.credence.base.UserSignals;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the open pages of the people concerned that their work changed (the navigation's counts
 * follow). Only changes that can move those counts: a new draft or an edit leaves what is waiting or
 * returned as it was, so a tag key costs no recount. A notice to open pages, not a record: it runs
 * after the commit, asynchronously, and is not kept as a durable publication (a page that was open
 * when the server stopped is gone with it).
 */
@Component
class WorkSignals {

    private final UserSignals signals;

    WorkSignals(UserSignals signals) {
        this.signals = signals;
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AnnotationEvent event) {
        if (event instanceof AnnotationCreated || event instanceof AnnotationChanged) {
            return;
        }
        signals.signal(event.by());
        if (event instanceof AnnotationStatusChanged changed && !changed.author().equals(changed.by())) {
            signals.signal(changed.author());
        }
    }
}
