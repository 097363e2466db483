package ir.portal.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.demo.DemoData;
import ir.portal.desk.application.DeskQueries;
import ir.portal.desk.application.DeskSubmission;
import ir.portal.desk.application.Receipt;
import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.ServiceRequest;
import ir.portal.platform.errors.InvalidInput;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whose request it is: a citizen's is filed under their account's national ID; one for a parent or a company is
 * an explicit "on behalf", recorded and shown to staff.
 */
@ExtendWith(ArquillianExtension.class)
class FilingOnBehalfIT {

    @Inject
    DeskSubmission submission;

    @Inject
    DeskQueries queries;

    @Inject
    DeskRepository repository;

    @Inject
    AsApplicant asCitizen;

    @Inject
    AsClerk asClerk;

    @Test
    void aCitizensRequestIsFiledUnderTheirAccountsNationalIdAndForSomeoneElseOnlyWhenTheySaySo() throws Exception {
        var own = DeskSamples.branchCorrection(branchCorrection());
        own.setNationalId("");
        Receipt mine = asCitizen.call(() -> submission.submit(own, DeskSamples.identityDocument()));
        ServiceRequest filed = repository.find(mine.requestId()).orElseThrow();
        assertEquals(
                DemoData.DEMO_NATIONAL_IDS.get("citizen"),
                filed.getContact().nationalId().value());
        assertFalse(filed.getContact().onBehalf());

        var other = DeskSamples.branchCorrection(branchCorrection());
        other.setNationalId(DeskSamples.OTHER_NATIONAL_ID);
        InvalidInput refused = assertThrows(
                InvalidInput.class,
                () -> asCitizen.call(() -> submission.submit(other, DeskSamples.identityDocument())));
        assertEquals("desk.national-id.not-yours", refused.problems().get("nationalId"), "not silently someone else's");

        other.setOnBehalf(true);
        Receipt forFather = asCitizen.call(() -> submission.submit(other, DeskSamples.identityDocument()));
        ServiceRequest behalf = repository.find(forFather.requestId()).orElseThrow();
        assertEquals(
                DeskSamples.OTHER_NATIONAL_ID, behalf.getContact().nationalId().value());
        assertTrue(behalf.getContact().onBehalf(), "recorded as filed on behalf");
        assertEquals("citizen", behalf.getApplicant().getUsername(), "the citizen follows it in their area");
        String filedBy =
                asClerk.call(() -> queries.request(forFather.requestId()).filedBy());
        assertTrue(
                filedBy.contains("مریم احمدی") && filedBy.contains(DemoData.DEMO_NATIONAL_IDS.get("citizen")),
                "staff see who filed it: " + filedBy);
        assertEquals(null, asClerk.call(() -> queries.request(mine.requestId()).filedBy()));
    }

    private long branchCorrection() {
        return repository.serviceCardTitled("اصلاح سرویس انشعاب").orElseThrow().getId();
    }
}
