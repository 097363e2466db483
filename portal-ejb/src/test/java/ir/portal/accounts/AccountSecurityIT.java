package ir.portal.accounts;

import static ir.portal.Thrown.causedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.accounts.application.AccountAdministration;
import ir.portal.accounts.application.AccountFilter;
import ir.portal.accounts.application.AccountView;
import ir.portal.accounts.application.SignInResult;
import ir.portal.accounts.application.SignedInCaller;
import ir.portal.accounts.infrastructure.AccountIdentityStore;
import ir.portal.demo.DemoData;
import ir.portal.platform.errors.Refused;
import ir.portal.platform.paging.PageRequest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class AccountSecurityIT {

    @Inject
    private AccountAdministration administration;

    @Inject
    private AsCitizen asCitizen;

    @Inject
    private AsAdmin asAdmin;

    @Inject
    private AccountIdentityStore identityStore;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Test
    void anAdministratorListsTheAccounts() throws Exception {
        List<AccountView> page = asAdmin.call(() -> administration
                .find(AccountFilter.all(), PageRequest.of(0, 50), "username", true)
                .items());
        assertTrue(page.stream().anyMatch(a -> a.username().equals("citizen")));
        assertEquals(
                DemoData.ACCOUNTS.size(), asAdmin.call(administration::count).intValue());
    }

    @Test
    void theAdministratorsServiceRefusesACitizen() {
        Exception refused = assertThrows(Exception.class, () -> asCitizen.call(administration::count));
        assertTrue(causedBy(refused, Refused.class), refused.toString());
    }

    @Test
    void theAdministratorsServiceRefusesAnAnonymousCaller() {
        Exception refused = assertThrows(Exception.class, () -> administration.count());
        assertTrue(causedBy(refused, Refused.class), refused.toString());
    }

    @Test
    void theIdentityStoreGivesTheRolesOfACallerThatSignInLetIn() {
        CredentialValidationResult result = identityStore.validate(
                new SignedInCaller(new SignInResult(SignInResult.Outcome.SIGNED_IN, "manager", 0, null)));
        assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
        assertEquals("manager", result.getCallerPrincipal().getName());
        assertEquals(Set.of("unit-manager"), result.getCallerGroups());
    }

    @Test
    void theIdentityStoreTakesNoPasswordSoThereIsNoWayAroundSignIn() {
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                identityStore
                        .validate(new UsernamePasswordCredential("manager", DemoData.DEMO_PASSWORD))
                        .getStatus());
    }

    @Test
    void passwordsAreStoredAsPbkdf2Hashes() {
        String stored = (String) em.createNativeQuery("SELECT password_hash FROM account WHERE username = 'admin'")
                .getSingleResult();
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA512:210000:"), stored);
        assertFalse(stored.contains(DemoData.DEMO_PASSWORD));
    }
}
