package ir.portal.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs a piece of work as the demo account {@code expert} in the role PORTAL_EXPERT. */
@Stateless
@PermitAll
@RunAs("portal-expert")
@RunAsPrincipal("expert")
public class AsExpert {

    public <V> V call(Callable<V> work) throws Exception {
        return work.call();
    }
}
