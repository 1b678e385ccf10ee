package com.credence.security.internal;

import static org.assertj.core.api.Assertions.assertThatCode;

import com.credence.security.UserAdministration;
import org.junit.jupiter.api.Test;

/** The demo users' passwords keep the app's own password rules (the seed checks them too). */
class DemoUsersTest {

    @Test
    void everyDemoPasswordMeetsThePasswordRules() {
        for (UserBootstrap.DemoUser u : UserBootstrap.DEMO_USERS) {
            assertThatCode(() -> UserAdministration.checkPassword(u.password())).as(u.username()).doesNotThrowAnyException();
        }
    }
}
