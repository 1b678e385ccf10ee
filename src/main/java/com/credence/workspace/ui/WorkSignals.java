package com.credence.workspace.ui;

import com.credence.annotation.AnnotationEvent;
import com.credence.annotation.AnnotationStatusChanged;
import com.credence.base.UserSignals;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the open pages of the people concerned that their work changed (the navigation's counts follow). */
@Component
class WorkSignals {

    private final UserSignals signals;

    WorkSignals(UserSignals signals) {
        this.signals = signals;
    }

    @ApplicationModuleListener
    void on(AnnotationEvent event) {
        signals.signal(event.by());
        if (event instanceof AnnotationStatusChanged changed && !changed.author().equals(changed.by())) {
            signals.signal(changed.author());
        }
    }
}
