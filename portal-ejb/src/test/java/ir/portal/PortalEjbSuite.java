package ir.portal;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every in-container test class of this module runs in: made and deployed before the first
 * class, undeployed after the last (arquillian.xml names this class to the suite extension). A test class therefore
 * has no {@code @Deployment} of its own, and leaves the server as it found it where that matters to others (the
 * clock moved back, its own rows told apart by a tag of its own).
 */
@ArquillianSuiteDeployment
public final class PortalEjbSuite {

    private PortalEjbSuite() {}

    @Deployment
    public static WebArchive deployment() {
        return Deployments.portalEjb("portal-ejb-it");
    }
}
