package com.credence.security.internal;

import com.credence.base.Problems;
import com.credence.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Two filter chains: the HTTP API under /api and /anno (stateless, HTTP Basic, problem+json errors, no CSRF
 * since no cookie authenticates it) and the Vaadin UI (session sign-in through the login view, CSRF
 * protected). Method security is on, so every service checks roles itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /**
     * Actuator: health (with liveness and readiness) for anyone, so load balancers and orchestrators
     * can probe without credentials (details only for admins); everything else (metrics, Prometheus)
     * for admins, signed in like the API (Basic or a token).
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http, org.springframework.jdbc.core.JdbcTemplate jdbc,
            java.time.Clock clock) throws Exception {
        return signedInLikeTheApi(http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(com.credence.security.Roles.ADMIN)), jdbc, clock).build();
    }

    /** Basic or a token on every request, no session, problem answers for 401 and 403. */
    private static HttpSecurity signedInLikeTheApi(HttpSecurity http, org.springframework.jdbc.core.JdbcTemplate jdbc,
            java.time.Clock clock) throws Exception {
        return http.httpBasic(b -> b.realmName("Credence").authenticationEntryPoint(UNAUTHORIZED))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(x -> x.authenticationEntryPoint(UNAUTHORIZED).accessDeniedHandler(FORBIDDEN))
                .addFilterBefore(new BearerTokenFilter(jdbc, clock),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class);
    }

    /** One answer whatever failed (no such account, wrong password, locked, disabled): nothing for a guesser to learn. */
    private static final AuthenticationEntryPoint UNAUTHORIZED = (request, response, e) -> {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Credence\"");
        String detail = request.getHeader("Authorization") == null ? "Sign in with HTTP Basic authentication."
                : "Sign-in failed. Check the username and password; after several failed attempts signing in pauses for a while.";
        Problems.write(response, 401, "Unauthorized", detail, request.getRequestURI());
    };

    private static final AccessDeniedHandler FORBIDDEN = (request, response, e) -> Problems.write(response, 403,
            "Forbidden", "Your role does not allow this.", request.getRequestURI());

    /**
     * The API's description (OpenAPI at /api/openapi.json, also as YAML, with the browsable page's
     * settings under it) and the browsable page (/api/docs and its files): readable by anyone, since a
     * description of the operations holds no data; calling an operation still needs sign-in.
     */
    static final String[] API_DESCRIPTION = {"/api/openapi.json", "/api/openapi.json/**", "/api/openapi.json.yaml", "/api/docs",
            "/api/swagger-ui/**"};

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, org.springframework.jdbc.core.JdbcTemplate jdbc, java.time.Clock clock)
            throws Exception {
        // the W3C annotation containers (/anno/{articleId}/) are part of the API: the same sign-in, no session, no CSRF
        return signedInLikeTheApi(http.securityMatcher("/api/**", "/anno/**").authorizeHttpRequests(a -> a
                .requestMatchers(HttpMethod.GET, API_DESCRIPTION).permitAll()
                .anyRequest().authenticated()), jdbc, clock).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiFilterChain(HttpSecurity http) throws Exception {
        // The stylesheet and icons (META-INF/resources) are public: the sign-in page needs them too.
        http.authorizeHttpRequests(a -> a.requestMatchers("/styles/**", "/icons/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.addFilterBefore(new SameOriginSignIn(),
                org.springframework.security.web.csrf.CsrfFilter.class);
        return http.build();
    }

    /**
     * The protective headers (CSP frame-ancestors and the rest, Referrer-Policy, Permissions-Policy) and
     * host-free redirects on every response, before the security chain and Vaadin: one place for them,
     * beside Spring Security's defaults (nosniff, X-Frame-Options DENY, no-store) on the chains.
     */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<ProtectiveHeaders> protectiveHeaders() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new ProtectiveHeaders());
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder(SignInProperties properties) {
        return new BCryptPasswordEncoder(properties.passwordHashCost());
    }
}
