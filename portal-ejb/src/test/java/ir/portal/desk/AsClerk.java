package ir.portal.desk;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs a piece of work as the demo counter-office clerk {@code clerk} (district 2). */
@Stateless
@PermitAll
@RunAs("counter-clerk")
@RunAsPrincipal("clerk")
public class AsClerk {

    public <V> V call(Callable<V> work) throws Exception {
        return work.call();
    }
}
