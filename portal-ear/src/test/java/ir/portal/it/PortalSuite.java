package ir.portal.it;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The one deployment of the EAR that every test class of this module but {@link ClusterIT} runs against: deployed
 * before the first class and undeployed after the last (arquillian.xml names this class to the suite extension), as
 * a server that runs for weeks is tried by one visitor after another. A test therefore tells its own rows apart by a
 * name of its own instead of counting on an empty portal.
 */
@ArquillianSuiteDeployment
public final class PortalSuite {

    private PortalSuite() {}

    @Deployment(testable = false)
    public static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }
}
