package com.credence;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Credence: source-credibility annotation for newsrooms.
 * Each direct sub-package is one application module (see README, "Architecture").
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic
public class CredenceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CredenceApplication.class, args);
    }
}
