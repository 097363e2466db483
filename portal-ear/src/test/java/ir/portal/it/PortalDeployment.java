package ir.portal.it;

import java.io.File;
import java.net.URI;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR this module built, with one page added that fails on purpose (to show the error page). */
public final class PortalDeployment {

    /** A page whose expression refers to a property that does not exist: an error while rendering. */
    public static final String FAILING_PAGE = "/failing-on-purpose.xhtml";

    private PortalDeployment() {}

    public static EnterpriseArchive ear() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(
                EnterpriseArchive.class, new File(System.getProperty("portal.ear", "target/portal.ear")));
        WebArchive web = ear.getAsType(WebArchive.class, "portal-web.war");
        web.add(new StringAsset("""
                <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:ui="jakarta.faces.facelets"
                                template="/WEB-INF/templates/public.xhtml">
                    <ui:define name="content">#{language.locale.noSuchProperty}</ui:define>
                </ui:composition>
                """), FAILING_PAGE);
        return ear;
    }

    /** The origin of the test server's pages, which its public forms require of a post (portal.base-url). */
    public static String origin() {
        return "http://localhost:" + Integer.getInteger("portal.test.http.port", 8080);
    }

    /** The portal on the test server (port offset in the parent pom). */
    public static URI url(String path) {
        return URI.create("http://localhost:" + Integer.getInteger("portal.test.http.port", 8080) + path);
    }
}
