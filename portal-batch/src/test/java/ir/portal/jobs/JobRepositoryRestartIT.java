package ir.portal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The job repository is the portal's database: a finished execution is still there, with its status and step
 * figures, after the server has been stopped and started again. (With WildFly's default in-memory repository
 * it would be gone.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JobRepositoryRestartIT {

    private static final String SERVER = "restartable";
    private static final String DEPLOYMENT = "batch-it";
    private static final String JOB = "purge-sent-mail";

    @ArquillianResource
    private ContainerController controller;

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    @TargetsContainer(SERVER)
    static WebArchive deployment() {
        JavaArchive jobs = ShrinkWrap.create(JavaArchive.class, "portal-batch.jar")
                .as(ExplodedImporter.class)
                .importDirectory("target/classes")
                .as(JavaArchive.class);
        return ShrinkWrap.create(WebArchive.class, DEPLOYMENT + ".war")
                .addAsLibrary(jobs)
                .addAsLibraries(Objects.requireNonNull(new File("target/deployment-lib").listFiles()))
                .addAsResource(
                        new File("target/classes/META-INF/batch-jobs/" + JOB + ".xml"),
                        "META-INF/batch-jobs/" + JOB + ".xml")
                .addAsWebInfResource(new File("target/classes/META-INF/beans.xml"), "beans.xml");
    }

    @Test
    void aFinishedExecutionSurvivesAServerRestart() throws Exception {
        controller.start(SERVER);
        deployer.deploy(DEPLOYMENT);
        try {
            long executionId;
            try (ModelControllerClient client = client()) {
                ModelNode start = operation("start-job", jobSubsystem());
                start.get("job-xml-name").set(JOB);
                start.get("properties").get("retentionDays").set("30");
                executionId = execute(client, start).asLong();
                assertEquals("COMPLETED", waitForEnd(client, executionId));
            }

            controller.stop(SERVER);
            controller.start(SERVER);

            try (ModelControllerClient client = client()) {
                ModelNode execution = execute(client, readExecution(executionId));
                assertEquals("COMPLETED", execution.get("batch-status").asString());
                assertTrue(execution.hasDefined("end-time"), execution.toString());
            }
        } finally {
            deployer.undeploy(DEPLOYMENT);
            controller.stop(SERVER);
        }
    }

    private static String waitForEnd(ModelControllerClient client, long executionId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String status = "";
        while (Instant.now().isBefore(deadline)) {
            ModelNode result = client.execute(readExecution(executionId));
            // the management model may list a new execution a moment after it starts
            status = result.get("result").get("batch-status").asString("");
            if (status.equals("COMPLETED") || status.equals("FAILED") || status.equals("ABANDONED")) {
                return status;
            }
            Thread.sleep(250);
        }
        return status;
    }

    private static ModelNode jobSubsystem() {
        ModelNode address = new ModelNode();
        address.add("deployment", DEPLOYMENT + ".war");
        address.add("subsystem", "batch-jberet");
        return address;
    }

    private static ModelNode readExecution(long executionId) {
        ModelNode address = jobSubsystem();
        address.add("job", JOB);
        address.add("execution", Long.toString(executionId));
        ModelNode read = operation("read-resource", address);
        read.get("include-runtime").set(true);
        return read;
    }

    private static ModelNode operation(String name, ModelNode address) {
        ModelNode op = new ModelNode();
        op.get("operation").set(name);
        op.get("address").set(address);
        return op;
    }

    private static ModelNode execute(ModelControllerClient client, ModelNode op) throws IOException {
        ModelNode result = client.execute(op);
        assertEquals("success", result.get("outcome").asString(), result.toString());
        return result.get("result");
    }

    private static ModelControllerClient client() throws IOException {
        return ModelControllerClient.Factory.create(
                "localhost", Integer.getInteger("portal.test.management.port", 9990));
    }
}
