package ir.portal.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test of the whole portal from outside: the EAR deployed on the test server ({@link PortalSuite}), over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class PortalIT {}
