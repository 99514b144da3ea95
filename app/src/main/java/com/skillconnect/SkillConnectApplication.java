package com.skillconnect;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * The SkillConnect modular monolith. Each direct sub-package of {@code com.skillconnect} is an
 * application module (see ARCHITECTURE.md); {@code app} holds the cross-cutting wiring and
 * {@code kernel} (shipped in the identity jar, ADR 0018) the building blocks every module shares.
 */
@SpringBootApplication
@Modulithic(sharedModules = "kernel")
@ConfigurationPropertiesScan
public class SkillConnectApplication {

    public static void main(String[] args) {
        SpringApplication.run(SkillConnectApplication.class, args);
    }
}
