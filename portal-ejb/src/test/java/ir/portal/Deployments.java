package ir.portal;

import java.io.File;
import java.util.Arrays;
import java.util.Objects;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The in-container test deployment: this module as built ({@code target/classes}, with its persistence unit and
 * migrations), its libraries and the test classes, each a jar in a web archive.
 */
public final class Deployments {

    private Deployments() {}

    public static WebArchive portalEjb(String name) {
        JavaArchive module = ShrinkWrap.create(JavaArchive.class, "portal-ejb.jar")
                .as(ExplodedImporter.class)
                .importDirectory("target/classes")
                .as(JavaArchive.class);
        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, "portal-ejb-tests.jar")
                .as(ExplodedImporter.class)
                .importDirectory("target/test-classes")
                .as(JavaArchive.class)
                .addAsManifestResource(new File("target/classes/META-INF/beans.xml"), "beans.xml");
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibrary(module)
                .addAsLibrary(tests)
                // what the EJB jar's manifest says in the EAR: WildFly's Infinispan (platform.pages)
                .setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.infinispan\n"));
        File[] libraries = Objects.requireNonNull(
                new File("target/deployment-lib").listFiles(),
                "target/deployment-lib is made by the pre-integration-test phase");
        war.addAsLibraries(libraries);
        String extra = System.getProperty("portal.test.extra-libraries", "");
        Arrays.stream(extra.split(File.pathSeparator))
                .filter(s -> !s.isBlank())
                .map(File::new)
                .forEach(war::addAsLibraries);
        return war;
    }
}
