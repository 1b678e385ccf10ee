/**
 * Suggestions: detectors ({@link com.credence.suggestion.Suggester}) propose annotations from cues in an
 * article's text; {@link com.credence.suggestion.SuggestionService} lists them for an article, accepts one
 * as a draft annotation or dismisses it. Sits above {@code annotation}, below {@code workspace}.
 */
@NullMarked
package com.credence.suggestion;

import org.jspecify.annotations.NullMarked;
