package com.credence.security.ui;

import com.credence.security.UserRightsReduced;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The signed-in browser sessions of each user, so that they end the moment an admin takes rights
 * away (disables the account, removes a role, resets the password): the session stops being signed
 * in at once (its security context goes, so the next request is anonymous and every service refuses
 * it), and every open page of that user is sent to the sign-in page over its push connection; signing
 * in again gets the rights as they are now. The HTTP API is stateless: it checks
 * the account on every request anyway. Per instance: several instances would share this through the
 * event stream.
 */
@Component
class SignedInSessions implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

    private final Map<String, Set<VaadinSession>> sessions = new ConcurrentHashMap<>();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            Principal user = request == null ? null : request.getUserPrincipal();
            if (user != null) {
                sessions.computeIfAbsent(user.getName(), u -> ConcurrentHashMap.newKeySet()).add(e.getUI().getSession());
            }
        });
        event.getSource().addSessionDestroyListener(e -> sessions.values().forEach(set -> set.remove(e.getSession())));
    }

    /** How many sessions of this user are known (for tests and the admin page). */
    int count(String username) {
        Set<VaadinSession> set = sessions.get(username);
        return set == null ? 0 : set.size();
    }

    @org.springframework.context.event.EventListener
    void on(UserRightsReduced event) {
        com.credence.base.AfterCommit.run(() -> signOut(event));
    }

    private void signOut(UserRightsReduced event) {
        Set<VaadinSession> set = sessions.remove(event.username());
        if (set == null) {
            return;
        }
        for (VaadinSession session : set) {
            try {
                // first the session stops being signed in (the next request is anonymous, so services refuse it
                // and pages ask for a sign-in), then every open page is sent to the sign-in page over its push
                // connection. Invalidating the session instead would close those connections before the
                // message got out.
                List<UI> uis = new java.util.ArrayList<>();
                session.access(() -> {
                    if (session.getSession() != null) {
                        session.getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
                    }
                    uis.addAll(session.getUIs());
                }).get(2, TimeUnit.SECONDS);
                for (UI ui : uis) {
                    ui.access(() -> ui.getPage().setLocation("login?ended"));
                }
                log.info("Ended a session of {} ({} pages): {}", event.username(), uis.size(), event.why());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                log.warn("Could not end a session of {}", event.username(), e);
            }
        }
    }
}
