package ir.portal.accounts;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs a piece of work as a caller in the role CITIZEN, as a signed-in user's request would reach a service. */
@Stateless
@PermitAll
@RunAs("citizen")
@RunAsPrincipal("citizen")
public class AsCitizen {

    public <V> V call(Callable<V> work) throws Exception {
        return work.call();
    }
}
