package ir.portal.platform.visitors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.platform.time.PortalClock;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The visitor widget's figures (issue 11): distinct visitors online, today, yesterday and in all; a visitor seen by
 * two nodes is one; a view writes nothing until the node writes what it saw; the peak keeps its day.
 */
@ExtendWith(ArquillianExtension.class)
class VisitorsIT {

    @Inject
    private Visitors visitors;

    @Inject
    private PortalClock clock;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource database;

    @Test
    void distinctVisitorsAcrossNodesTodayYesterdayAndInAll() throws Exception {
        VisitorFigures before = visitors.figures();
        long rows = rows();
        visitors.seen("a0000000000000000000000000000001");
        visitors.seen("a0000000000000000000000000000002");
        visitors.seen("a0000000000000000000000000000001");
        assertEquals(rows, rows(), "a view writes nothing by itself");
        visitors.write();
        assertEquals(rows + 2, rows(), "the node writes what it saw at once, one row a visitor");
        // another node of the cluster saw one of the same visitors and a new one
        otherNode("a0000000000000000000000000000002");
        otherNode("a0000000000000000000000000000003");
        clock.advance(Visitors.FRESH);
        try {
            VisitorFigures now = visitors.figures();
            assertEquals(before.online() + 3, now.online(), "three visitors online, whichever node they reached");
            assertEquals(before.today() + 3, now.today());
            assertEquals(before.total() + 3, now.total());
            assertTrue(now.peak() >= now.online());
            assertEquals(clock.today(), now.peakOn(), "the peak was reached today");

            clock.advance(Duration.ofDays(1));
            visitors.seen("a0000000000000000000000000000004");
            VisitorFigures tomorrow = visitors.figures();
            assertEquals(before.today() + 3, tomorrow.yesterday(), "today's visitors are yesterday's tomorrow");
            assertEquals(1, tomorrow.today());
            assertEquals(before.total() + 4, tomorrow.total(), "the finished day counts once in the total");
            assertEquals(1, tomorrow.online(), "yesterday's visitors are no longer online");
        } finally {
            clock.reset();
        }
    }

    private void otherNode(String visitor) throws Exception {
        try (Connection c = database.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO visitor_seen (seen_on, visitor, node, last_seen) VALUES (?, ?, 'node-b', ?)")) {
            insert.setDate(1, Date.valueOf(clock.today()));
            insert.setString(2, visitor);
            insert.setTimestamp(3, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        }
    }

    private long rows() throws Exception {
        try (Connection c = database.getConnection();
                PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM visitor_seen");
                ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
