package com.credence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credence.IntegrationTest;
import com.credence.TestAccounts;
import com.credence.base.InvalidInputException;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

@IntegrationTest
class UserAdministrationTest {

    @Autowired
    UserAdministration administration;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private UserSummary signedInAdmin() {
        UserSummary admin = accounts.create("admin", Roles.ADMIN);
        accounts.signInAs(admin.username());
        return admin;
    }

    private void authenticate(String username, String password) throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private int userCount() {
        return accounts.asSystemAdmin(() -> administration.list(PageRequest.of(0, 10_000)).size());
    }

    @Test
    void adminCreatesUserWhoCanThenSignInWithABcryptHash() throws Exception {
        signedInAdmin();
        UserSummary created = administration.create(new NewUser("new.reporter", " Nia Reporter ", "a-long-password",
                Set.of(Roles.FACT_CHECKER, Roles.EDITOR)));

        assertThat(created.username()).isEqualTo("new.reporter");
        assertThat(created.displayName()).isEqualTo("Nia Reporter");
        assertThat(created.roles()).containsExactlyInAnyOrder(Roles.FACT_CHECKER, Roles.EDITOR);
        assertThat(created.enabled()).isTrue();
        authenticate("new.reporter", "a-long-password");
        assertThatThrownBy(() -> authenticate("new.reporter", "wrong-password")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void factCheckerAndEditorCannotAdministerUsers() {
        UserSummary target = accounts.create("target", Roles.FACT_CHECKER);
        for (String role : new String[] {Roles.FACT_CHECKER, Roles.EDITOR}) {
            UserSummary user = accounts.create("nonadmin", role);
            accounts.signInAs(user.username());
            int before = accounts.asSystemAdmin(() -> administration.list(PageRequest.of(0, 10_000)).size());

            assertThatThrownBy(() -> administration.create(new NewUser("sneaky-" + role.toLowerCase(), "Sneaky", "a-long-password",
                    Set.of(Roles.ADMIN)))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.list(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.update(user.id(), "Me", Set.of(Roles.ADMIN))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.setEnabled(target.id(), false)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.resetPassword(target.id(), "another-password")).isInstanceOf(AccessDeniedException.class);
            assertThat(userCount()).isEqualTo(before);
            assertThat(accounts.asSystemAdmin(() -> administration.get(user.id())).roles()).containsExactly(role);
        }
    }

    @Test
    void nobodySignedInIsRefused() {
        TestAccounts.signOut();
        assertThatThrownBy(() -> administration.list(PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndStoresNothing() {
        signedInAdmin();
        UserSummary existing = accounts.create("existing", Roles.FACT_CHECKER);
        int before = userCount();

        assertThatThrownBy(() -> administration.create(new NewUser("Bad Name!", "X", "a-long-password", Set.of(Roles.EDITOR))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("username");
        assertThatThrownBy(() -> administration.create(new NewUser(existing.username(), "X", "a-long-password", Set.of(Roles.EDITOR))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("taken");
        assertThatThrownBy(() -> administration.create(new NewUser("shortpw", "X", "short", Set.of(Roles.EDITOR))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 8");
        assertThatThrownBy(() -> administration.create(new NewUser("longpw", "X", "x".repeat(73), Set.of(Roles.EDITOR))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("72 bytes");
        assertThatThrownBy(() -> administration.create(new NewUser("noroles", "X", "a-long-password", Set.of())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one role");
        assertThatThrownBy(() -> administration.create(new NewUser("badrole", "X", "a-long-password", Set.of("SUPERUSER"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Unknown role");
        assertThatThrownBy(() -> administration.create(new NewUser("blankname", "   ", "a-long-password", Set.of(Roles.EDITOR))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("display name");

        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void adminCannotLockThemselvesOut() {
        UserSummary me = signedInAdmin();
        assertThatThrownBy(() -> administration.setEnabled(me.id(), false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("your own account");
        assertThatThrownBy(() -> administration.update(me.id(), "Me", Set.of(Roles.EDITOR)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("yourself");
        UserSummary after = administration.get(me.id());
        assertThat(after.enabled()).isTrue();
        assertThat(after.roles()).contains(Roles.ADMIN);
    }

    @Test
    void disabledUserCannotSignInAndCanBeEnabledAgain() throws Exception {
        signedInAdmin();
        UserSummary user = accounts.create("leaver", Roles.FACT_CHECKER);
        administration.setEnabled(user.id(), false);
        assertThatThrownBy(() -> authenticate(user.username(), TestAccounts.PASSWORD)).isInstanceOf(DisabledException.class);

        administration.setEnabled(user.id(), true);
        authenticate(user.username(), TestAccounts.PASSWORD);
    }

    @Test
    void rolesChangeAndPasswordResetTakeEffect() throws Exception {
        signedInAdmin();
        UserSummary user = accounts.create("promoted", Roles.FACT_CHECKER);
        UserSummary updated = administration.update(user.id(), "Promoted Person", Set.of(Roles.EDITOR));
        assertThat(updated.roles()).containsExactly(Roles.EDITOR);
        assertThat(updated.displayName()).isEqualTo("Promoted Person");

        administration.resetPassword(user.id(), "brand-new-password");
        authenticate(user.username(), "brand-new-password");
        assertThatThrownBy(() -> authenticate(user.username(), TestAccounts.PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }
}
