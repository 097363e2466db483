package ir.portal.catalog;

import java.util.concurrent.Callable;

import org.jboss.ejb3.annotation.RunAsPrincipal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Runs a piece of work as the demo account {@code manager} in the role UNIT_MANAGER. */
@Stateless
@PermitAll
@RunAs("unit-manager")
@RunAsPrincipal("manager")
public class AsManager {

    public <V> V call(Callable<V> work) throws Exception {
        return work.call();
    }
}
