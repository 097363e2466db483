package ir.portal.web.errors;

import ir.portal.platform.errors.ConcurrentEdit;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.PortalException;
import ir.portal.platform.errors.TooManyAttempts;
import ir.portal.web.i18n.Texts;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Messages;

/**
 * The one place where a business exception meets the person: invalid input becomes a message next to each field
 * in trouble (and one above the form), a concurrent edit or too many attempts a message on the page, with
 * everything typed kept; what does not exist answers 404, a missing right 403 (on a form: a message saying so).
 * Backing beans therefore call services without catching anything.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

    public PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            Optional<PortalException> business = Failures.portalCause(thrown);
            Optional<Integer> refusal = Failures.refusalStatus(thrown);
            if (business.isEmpty() && refusal.isEmpty()) {
                continue;
            }
            events.remove();
            if (business.orElse(null) instanceof InvalidInput invalid) {
                show(context, invalid.problems());
            } else if (business.orElse(null) instanceof ConcurrentEdit) {
                onForm(context, "platform.concurrent");
            } else if (business.orElse(null) instanceof TooManyAttempts) {
                onForm(context, "platform.too-many");
            } else if (refusal.get() == 403
                    && context.isPostback()
                    && !context.getResponseComplete()
                    && !Failures.withoutNonce(thrown)) {
                onForm(context, "platform.refused");
            } else {
                sendError(context, refusal.get());
            }
        }
        getWrapped().handle();
    }

    private static void show(FacesContext context, Map<String, String> problems) {
        FieldMessages.show(context, problems);
        onForm(context, "platform.invalid");
    }

    private static void onForm(FacesContext context, String key) {
        Messages.addGlobalError(Texts.text(key));
        context.validationFailed();
    }

    private static void sendError(FacesContext context, int status) {
        if (context.getExternalContext().isResponseCommitted()) {
            return;
        }
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
