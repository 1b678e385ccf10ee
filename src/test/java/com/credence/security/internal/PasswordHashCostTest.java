package com.credence.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordHashCostTest {

    @Test
    void theEncoderHashesAtTheConfiguredCostAndStillChecksHashesMadeAtAnother() {
        PasswordEncoder cheap = new SecurityConfiguration().passwordEncoder(new SignInProperties(5, Duration.ofMinutes(15), 4));
        PasswordEncoder dear = new SecurityConfiguration().passwordEncoder(new SignInProperties(5, Duration.ofMinutes(15), 11));
        String hash = dear.encode("a long enough password");
        assertThat(hash).startsWith("$2a$11$");
        assertThat(cheap.encode("a long enough password")).startsWith("$2a$04$");
        assertThat(cheap.matches("a long enough password", hash)).isTrue();
        assertThat(cheap.matches("another password", hash)).isFalse();
    }

    @Test
    void aCostOutsideBCryptsRangeStopsTheStartWithItsName() {
        assertThatThrownBy(() -> new SignInProperties(5, Duration.ofMinutes(15), 3))
                .hasMessageContaining("credence.security.password-hash-cost").hasMessageContaining("between 4 and 31");
        assertThatThrownBy(() -> new SignInProperties(5, Duration.ofMinutes(15), 32)).isInstanceOf(IllegalArgumentException.class);
    }
}
