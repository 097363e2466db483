package ir.portal.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * The portal is ready, and alive, only while its database answers. Reported by the server at
 * {@code /health/ready} and {@code /health/live} on the management port.
 * <p>
 * Packaged apart, as {@code portal-ejb-health.jar} in the EAR's {@code lib/}: WildFly registers health checks
 * of the top-level deployment only, not of sub-deployments (WFLY-12835).
 */
@Readiness
@Liveness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("portal-database");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM \"schema_history\"")) {
            rs.next();
            return response.up()
                    .withData("database", connection.getMetaData().getDatabaseProductName())
                    .withData("migrations", rs.getLong(1))
                    .build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
    }
}
