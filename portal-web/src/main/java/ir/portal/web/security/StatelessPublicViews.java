package ir.portal.web.security;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.List;

/**
 * Every view outside the signed-in areas (the {@code web.xml} constraints: /admin, /committee, /my, /desk) is
 * stateless from the moment it is made, not only once its template says so ({@code f:view transient}): PrimeFaces'
 * CSP mode keeps each response's nonce in the view's state, and asks for it before the view is built, so a view
 * made stateful for that moment would give every anonymous visitor a session.
 */
public class StatelessPublicViews extends ViewHandlerWrapper {

    private static final List<String> SIGNED_IN_AREAS = List.of("/admin/", "/committee/", "/my/", "/desk/");

    public StatelessPublicViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (viewId != null && SIGNED_IN_AREAS.stream().noneMatch(viewId::startsWith)) {
            root.setTransient(true);
        }
        return root;
    }
}
