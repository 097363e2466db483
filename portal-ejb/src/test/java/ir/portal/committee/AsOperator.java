package ir.portal.committee;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs a piece of work as the demo account {@code operator} in the role IT_OPERATOR. */
@Stateless
@PermitAll
@RunAs("it-operator")
@RunAsPrincipal("operator")
public class AsOperator {

    public <V> V call(Callable<V> work) throws Exception {
        return work.call();
    }
}
