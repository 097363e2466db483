package ir.portal.web.pages;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/** Puts {@link KeptPagesHandler} in front of the portal's servlets (META-INF/services). */
public class KeptPagesExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(KeptPagesHandler::new);
    }
}
