package ir.portal.desk;

import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.AccountRepository;
import ir.portal.desk.application.DeskCalendar;
import ir.portal.desk.application.TrackingCodes;
import ir.portal.desk.domain.Applicant;
import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.ServiceRequest;
import ir.portal.desk.domain.WorkflowDefinition;
import ir.portal.identifiers.MobileNumber;
import ir.portal.identifiers.NationalId;
import ir.portal.platform.security.Actor;
import ir.portal.platform.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * What the desk tests do to the database directly: many requests at once (each with a code drawn the way
 * submission draws it), and time passing for a request that waits on the citizen.
 */
@Stateless
public class BulkRequests {

    @Inject
    DeskRepository desk;

    @Inject
    AccountRepository accounts;

    @Inject
    TrackingCodes codes;

    @Inject
    DeskCalendar calendar;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public void make(String tokenPrefix, int from, int count) {
        WorkflowDefinition workflow = desk.activeWorkflow(desk.serviceCardTitled("اصلاح سرویس انشعاب")
                        .orElseThrow()
                        .getId())
                .orElseThrow();
        Account citizen = accounts.findByUsername("citizen").orElseThrow();
        Actor actor = new Actor(citizen, Set.of(Role.CITIZEN), "fa", "bulk");
        Applicant applicant = new Applicant(
                citizen,
                NationalId.parse(DeskSamples.NATIONAL_ID).orElseThrow(),
                "Bulk",
                MobileNumber.parse("09121234567").orElseThrow(),
                null);
        for (int i = from; i < from + count; i++) {
            em.persist(ServiceRequest.submit(
                    workflow,
                    applicant,
                    Map.of("bill", "1234567814127"),
                    codes.fresh(),
                    tokenPrefix + i,
                    actor,
                    calendar.calendar(),
                    calendar.today(),
                    Clock.systemUTC().instant()));
            if (i % 200 == 0) {
                em.flush();
            }
        }
    }

    public int remove(String tokenPrefix) {
        return em.createNativeQuery("DELETE FROM service_request WHERE form_token LIKE ?")
                .setParameter(1, tokenPrefix + "%")
                .executeUpdate();
    }
}
