package ir.portal.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs a piece of work as the demo account {@code editor} in the role EDITOR. */
@Stateless
@PermitAll
@RunAs("editor")
@RunAsPrincipal("editor")
public class AsEditor {

    public <V> V call(Callable<V> work) throws Exception {
        return work.call();
    }
}
