package com.credence.base.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page shell: Lumo, our stylesheet (frontend/styles), server push for live updates. */
@StyleSheet(Lumo.STYLESHEET)
@CssImport("./styles/credence.css")
@Push
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("description", "Credence: source-credibility annotation for newsrooms");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
