package com.credence.base;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class SeedConfiguration {

    @Bean
    SeedOnce seedOnce(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        return new SeedOnce(dataSource, transactions, clock);
    }
}
