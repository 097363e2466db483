package ir.portal.desk;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs a piece of work as the demo citizen {@code citizen}. */
@Stateless
@PermitAll
@RunAs("citizen")
@RunAsPrincipal("citizen")
public class AsApplicant {

    public <V> V call(Callable<V> work) throws Exception {
        return work.call();
    }
}
