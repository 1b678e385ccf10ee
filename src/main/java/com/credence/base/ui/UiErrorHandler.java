package com.credence.base.ui;

import com.credence.base.InvalidInputException;
import com.credence.base.NotFoundException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.springframework.web.util.DisconnectedClientHelper;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions that reach the UI into a message for the user: what was wrong with their input,
 * that their role does not allow it, or (logged) that something failed on our side.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UiErrorHandler::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        while (cause.getCause() != null && !(cause instanceof InvalidInputException)
                && !(cause instanceof AccessDeniedException) && !(cause instanceof NotFoundException)) {
            cause = cause.getCause();
        }
        String message;
        if (cause instanceof InvalidInputException || cause instanceof NotFoundException) {
            message = cause.getMessage();
        } else if (cause instanceof AccessDeniedException) {
            message = "Your role does not allow this.";
        } else if (DisconnectedClientHelper.isClientDisconnectedException(event.getThrowable())) {
            log.debug("The browser went away during a response", event.getThrowable());
            return;
        } else {
            log.error("Unexpected error in the UI", event.getThrowable());
            message = "Something went wrong on our side. It has been logged; please try again.";
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }
}
