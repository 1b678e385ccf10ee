package com.credence.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo, our stylesheet (served from META-INF/resources/styles, so a CSS change needs no
 * frontend bundle rebuild), server push for live updates.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/credence.css")
@Push
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("description", "Credence: source-credibility annotation for newsrooms");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
