package ir.portal.desk.application;

import ir.portal.platform.files.Upload;
import ir.portal.platform.security.Requires;
import ir.portal.platform.security.Right;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;

/**
 * Submission that cannot make two requests of one form: a form sent again (a double click, a reload, a retry after
 * a lost answer) returns the receipt of the request it already made, even when both copies arrive at once and the
 * database's unique form token is what decides.
 */
@Stateless
@Requires({Right.OWN_REQUESTS, Right.REQUESTS_SUBMIT_FOR_CITIZEN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeskSubmission {

    @Inject
    DeskIntake intake;

    public Receipt submit(SubmissionForm form, List<Upload> uploads) {
        Optional<Receipt> earlier = intake.earlier(form.getFormToken());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return intake.submit(form, uploads);
        } catch (EJBException | PersistenceException e) {
            return intake.earlier(form.getFormToken()).orElseThrow(() -> e);
        }
    }
}
