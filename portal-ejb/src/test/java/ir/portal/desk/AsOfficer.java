package ir.portal.desk;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs a piece of work as the demo case officer {@code officer} (district 1). */
@Stateless
@PermitAll
@RunAs("case-officer")
@RunAsPrincipal("officer")
public class AsOfficer {

    public <V> V call(Callable<V> work) throws Exception {
        return work.call();
    }
}
