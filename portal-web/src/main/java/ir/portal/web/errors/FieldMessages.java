package ir.portal.web.errors;

import ir.portal.web.i18n.Texts;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.omnifaces.util.Messages;

/**
 * Puts the message of each field a service refused next to the input that carries it: an input names the
 * service's field with {@code <f:attribute name="portalField" value="..."/>} (the tag files do this). A field that no
 * input of the submitted form names gets its message at the top of the page.
 */
final class FieldMessages {

    static final String FIELD = "portalField";

    private FieldMessages() {}

    static void show(FacesContext context, Map<String, String> problems) {
        Map<String, String> inputs = inputsOfSubmittedForm(context, problems.keySet());
        problems.forEach((field, key) -> {
            String clientId = inputs.get(field);
            String text = Texts.text(key);
            if (clientId == null && text.contains("{0}")) {
                // a problem of a named part, such as a workflow's stage: the message names it
                Messages.addGlobalError(text, field);
            } else if (clientId == null) {
                Messages.addGlobalError(text);
            } else {
                Messages.addError(clientId, text);
            }
        });
    }

    private static Map<String, String> inputsOfSubmittedForm(FacesContext context, Set<String> fields) {
        Map<String, String> inputs = new HashMap<>();
        if (context.getViewRoot() == null) {
            return inputs;
        }
        VisitContext visit = VisitContext.createVisitContext(context, null, Set.of(VisitHint.SKIP_UNRENDERED));
        context.getViewRoot().visitTree(visit, (target, component) -> {
            if (component instanceof UIForm form && !form.isSubmitted()) {
                return VisitResult.REJECT;
            }
            Object field = component.getAttributes().get(FIELD);
            if (field != null && fields.contains(field.toString())) {
                inputs.putIfAbsent(field.toString(), component.getClientId(target.getFacesContext()));
            }
            return VisitResult.ACCEPT;
        });
        return inputs;
    }
}
