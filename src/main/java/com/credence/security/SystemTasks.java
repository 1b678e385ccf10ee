package com.credence.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import java.util.List;

/**
 * Work Credence does by itself, not for a person (a module listener keeping a derived value up to
 * date): it runs as the user "system" with the admin role, so the services' method security still
 * applies and the audit history names who did it.
 */
@Component
public class SystemTasks {

    public static final String SYSTEM = "system";

    public <T> T run(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN))));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
