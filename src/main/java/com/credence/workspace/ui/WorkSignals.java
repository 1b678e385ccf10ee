package com.credence.workspace.ui;

import com.credence.annotation.AnnotationEvents;
import com.credence.annotation.StreamedEvent;
import com.credence.base.UserSignals;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Tells the open pages of the people concerned that their work changed (the navigation's counts
 * follow), whichever instance the change was made on. Only changes that can move those counts: a new
 * draft or an edit leaves what is waiting or returned as it was, so a tag key costs no recount. A
 * notice to open pages, not a record: it follows the feed of committed changes, and a page that was
 * open when the server stopped is gone with it.
 */
@Component
class WorkSignals implements DisposableBean {

    private final UserSignals signals;
    private final Runnable unsubscribe;

    WorkSignals(UserSignals signals, AnnotationEvents events) {
        this.signals = signals;
        this.unsubscribe = events.subscribe(this::on);
    }

    void on(StreamedEvent event) {
        if (event.type().equals("annotation.created") || event.type().equals("annotation.changed")) {
            return;
        }
        signals.signal(event.by());
        if (event.author() != null && !event.author().equals(event.by())) {
            signals.signal(event.author());
        }
    }

    @Override
    public void destroy() {
        unsubscribe.run();
    }
}
