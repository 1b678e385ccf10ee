package com.credence.article.ui;

import com.credence.text.TextSpan;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * An article's text by paragraphs, each sentence a {@code span.sentence} with its start offset in
 * {@code data-start}. Text always goes in as text nodes, never as markup.
 */
class SentenceText extends Div {

    SentenceText(String text, List<TextSpan> sentences) {
        addClassName("sentence-text");
        int next = 0;
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            if (paragraphEnd > paragraphStart) {
                Element p = new Element("p");
                int cursor = paragraphStart;
                while (next < sentences.size() && sentences.get(next).end() <= paragraphEnd) {
                    TextSpan s = sentences.get(next++);
                    if (s.start() > cursor) {
                        p.appendChild(Element.createText(text.substring(cursor, s.start())));
                    }
                    Element span = new Element("span").setText(text.substring(s.start(), s.end()));
                    span.getClassList().add("sentence");
                    span.setAttribute("data-start", String.valueOf(s.start()));
                    p.appendChild(span);
                    cursor = s.end();
                }
                if (cursor < paragraphEnd) {
                    p.appendChild(Element.createText(text.substring(cursor, paragraphEnd)));
                }
                getElement().appendChild(p);
            }
            paragraphStart = paragraphEnd + 1;
        }
    }
}
