package com.credence.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.beans.factory.annotation.Value;

/**
 * The sign-in page. The form posts to /login like any HTML form, so scripts and browsers sign in the
 * same way; Spring Security checks the password and counts failures.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Credence")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private static final String WRONG_TITLE = "Sign-in failed";
    private static final String WRONG_MESSAGE = "Check your username and password and try again. After several failed "
            + "attempts signing in pauses for a while; if it keeps failing, ask an admin.";

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authenticationContext;

    LoginView(AuthenticationContext authenticationContext,
            @Value("${credence.organisation.name:Credence}") String organisation) {
        this.authenticationContext = authenticationContext;
        addClassName("login-view");

        Div brand = new Div();
        brand.addClassName("login-brand");
        Span mark = new Span("C");
        mark.addClassName("brand-mark");
        H1 title = new H1("Credence");
        Paragraph org = new Paragraph(organisation);
        org.addClassName("login-org");
        Paragraph pitch = new Paragraph("Mark every claim in an article as reported, attributed or contested, "
                + "name who said it, and send it through review.");
        pitch.addClassName("login-pitch");
        Div tags = new Div(tag("Reported", "reported"), tag("Attributed", "attributed"), tag("Contested", "contested"));
        tags.addClassName("login-tags");
        brand.add(mark, title, org, pitch, tags);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(WRONG_TITLE, WRONG_MESSAGE));

        Div card = new Div(brand, form);
        card.addClassName("login-card");
        add(card);
    }

    private static LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    private static Span tag(String label, String key) {
        Span span = new Span(label);
        span.addClassNames("tag-chip", "tag-" + key);
        return span;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            // one message whatever the reason (wrong password, no such account, locked, disabled): the sign-in
            // page must not tell a guesser which accounts exist or what state they are in; the admin page does
            form.setI18n(i18n(WRONG_TITLE, WRONG_MESSAGE));
            form.setError(true);
        } else if (event.getLocation().getQueryParameters().getParameters().containsKey("ended")) {
            form.setI18n(i18n("Signed out", "An admin changed your account, so your session ended. Sign in again to go on."));
            form.setError(true);
        }
    }
}
