package ir.portal.committee;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs a piece of work as the demo committee member {@code committee5}. */
@Stateless
@LocalBean
@PermitAll
@RunAs("committee")
@RunAsPrincipal("committee5")
public class AsMember5 implements Members.As {

    @Override
    public <V> V call(Callable<V> work) throws Exception {
        return work.call();
    }
}
