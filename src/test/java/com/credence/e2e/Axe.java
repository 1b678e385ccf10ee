package com.credence.e2e;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * axe-core in the page: injects axe.min.js (from Deque's axe-core jar, a test dependency) and runs it
 * with the WCAG 2.0, 2.1 and 2.2 A and AA rules; what comes back are the serious and critical
 * violations, each as "rule (impact): where".
 */
final class Axe {

    private static final String SCRIPT = load();

    private Axe() {
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:playwright)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's serious and critical violations of WCAG 2.2 A/AA as axe-core finds them. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(SCRIPT));
        }
        return (List<String>) page.evaluate("""
                async () => {
                  const r = await axe.run(document, { runOnly: { type: 'tag',
                      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
                  return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 4).map(n => n.target.join(' > ') + ' [' + (n.html || '').slice(0, 120) + '] ' + (n.failureSummary || '').slice(0, 300)).join(' | '));
                }""");
    }

    /**
     * Elements on the page whose custom element was never defined: what a stale production bundle
     * does to a page that uses a component it did not include (the element stays bare text, which
     * axe does not notice).
     */
    @SuppressWarnings("unchecked")
    static List<String> undefinedElements(Page page) {
        return (List<String>) page.evaluate("""
                () => [...new Set([...document.querySelectorAll('*')].map(e => e.localName)
                    .filter(n => n.includes('-') && !customElements.get(n)
                        // plain elements by design: Flow's container roots and the grid's cell wrappers
                        && !n.startsWith('flow-container-') && n !== 'vaadin-grid-cell-content'))].map(n => 'undefined element <' + n + '>')""");
    }
}
