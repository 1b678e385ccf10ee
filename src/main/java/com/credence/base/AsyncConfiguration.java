package com.credence.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Module listeners ({@code @ApplicationModuleListener}) run asynchronously on Spring Boot's task
 * executor, after the publishing transaction committed: whoever saved never waits for them.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {
}
