package com.credence.suggestion.internal;

import com.credence.suggestion.Suggester;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The rule-based suggester is the default; another {@link Suggester} bean adds its suggestions after it. */
@Configuration(proxyBeanMethods = false)
class SuggesterConfiguration {

    @Bean
    @Order(0)
    Suggester ruleSuggester() {
        return new RuleSuggester();
    }
}
