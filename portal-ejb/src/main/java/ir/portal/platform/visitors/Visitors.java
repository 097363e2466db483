package ir.portal.platform.visitors;

import ir.portal.platform.time.PortalClock;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts the portal's visitors for the widget. A view only notes the visitor's id in this node's memory; every few
 * seconds (and before the figures are read again) the node writes the ids it saw to its own rows of
 * {@code visitor_seen}, in two JDBC batches. The figures are counted over every node's rows (a visitor who reached
 * two nodes is one visitor), and kept for a few seconds. Finished days are rolled into {@code visitor_day} and their
 * rows let go of, under the peak row's lock, so two nodes never roll the same day.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Visitors {

    /** Who counts as online: seen in this long. */
    static final Duration ONLINE = Duration.ofMinutes(5);

    /** How long a node answers with the figures it counted last. */
    static final Duration FRESH = Duration.ofSeconds(10);

    private final Map<String, Instant> unwritten = new ConcurrentHashMap<>();

    private final ReentrantLock counting = new ReentrantLock();

    private volatile VisitorFigures figures;

    private volatile Instant countedAt = Instant.EPOCH;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource database;

    @Inject
    PortalClock clock;

    @Inject
    @ConfigProperty(name = "jboss.node.name", defaultValue = "portal")
    String node;

    /** A view of a visitor: noted in memory only. */
    public void seen(String visitor) {
        unwritten.put(visitor, clock.instant());
    }

    /** The figures, counted again when those at hand are older than {@link #FRESH}. */
    public VisitorFigures figures() {
        VisitorFigures known = figures;
        if (known != null && clock.instant().isBefore(countedAt.plus(FRESH))) {
            return known;
        }
        counting.lock();
        try {
            if (figures == null || !clock.instant().isBefore(countedAt.plus(FRESH))) {
                write();
                figures = count();
                countedAt = clock.instant();
            }
            return figures;
        } finally {
            counting.unlock();
        }
    }

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    void everyFewSeconds() {
        counting.lock();
        try {
            write();
        } finally {
            counting.unlock();
        }
    }

    /** Writes the ids this node saw, rolls finished days, raises the peak; for the tests too. */
    public void write() {
        List<Map.Entry<String, Instant>> seen = new ArrayList<>(unwritten.entrySet());
        seen.forEach(e -> unwritten.remove(e.getKey(), e.getValue()));
        Instant now = clock.instant();
        LocalDate today = clock.today();
        try (Connection c = database.getConnection()) {
            if (!seen.isEmpty()) {
                try (PreparedStatement delete = c.prepareStatement(
                                "DELETE FROM visitor_seen WHERE seen_on = ? AND visitor = ? AND node = ?");
                        PreparedStatement insert = c.prepareStatement(
                                "INSERT INTO visitor_seen (seen_on, visitor, node, last_seen) VALUES (?, ?, ?, ?)")) {
                    for (Map.Entry<String, Instant> e : seen) {
                        Date day = Date.valueOf(LocalDate.ofInstant(e.getValue(), clock.getZone()));
                        delete.setDate(1, day);
                        delete.setString(2, e.getKey());
                        delete.setString(3, node);
                        delete.addBatch();
                        insert.setDate(1, day);
                        insert.setString(2, e.getKey());
                        insert.setString(3, node);
                        insert.setTimestamp(4, Timestamp.from(e.getValue()));
                        insert.addBatch();
                    }
                    delete.executeBatch();
                    insert.executeBatch();
                }
            }
            try (PreparedStatement lock =
                            c.prepareStatement("SELECT online FROM visitor_peak WHERE id = 1 FOR UPDATE");
                    ResultSet peak = lock.executeQuery()) {
                peak.next();
                long highest = peak.getLong(1);
                update(
                        c,
                        "INSERT INTO visitor_day (counted_on, visitors) SELECT seen_on, COUNT(DISTINCT visitor)"
                                + " FROM visitor_seen s WHERE seen_on < ? AND NOT EXISTS"
                                + " (SELECT 1 FROM visitor_day d WHERE d.counted_on = s.seen_on) GROUP BY seen_on",
                        Date.valueOf(today));
                update(c, "DELETE FROM visitor_seen WHERE seen_on < ?", Date.valueOf(today.minusDays(1)));
                long online = one(
                        c,
                        "SELECT COUNT(DISTINCT visitor) FROM visitor_seen WHERE last_seen > ?",
                        Timestamp.from(now.minus(ONLINE)));
                if (online > highest) {
                    try (PreparedStatement raise =
                            c.prepareStatement("UPDATE visitor_peak SET online = ?, reached_at = ? WHERE id = 1")) {
                        raise.setLong(1, online);
                        raise.setTimestamp(2, Timestamp.from(now));
                        raise.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            seen.forEach(v -> unwritten.merge(v.getKey(), v.getValue(), (a, b) -> a.isAfter(b) ? a : b));
            throw new IllegalStateException("Could not write the visitors this node saw", e);
        }
    }

    private VisitorFigures count() {
        Instant now = clock.instant();
        LocalDate today = clock.today();
        try (Connection c = database.getConnection()) {
            long online = one(
                    c,
                    "SELECT COUNT(DISTINCT visitor) FROM visitor_seen WHERE last_seen > ?",
                    Timestamp.from(now.minus(ONLINE)));
            long todays =
                    one(c, "SELECT COUNT(DISTINCT visitor) FROM visitor_seen WHERE seen_on = ?", Date.valueOf(today));
            long rolled = one(
                    c,
                    "SELECT COALESCE(SUM(visitors), 0) FROM visitor_day WHERE counted_on = ?",
                    Date.valueOf(today.minusDays(1)));
            long yesterday = rolled > 0
                    ? rolled
                    : one(
                            c,
                            "SELECT COUNT(DISTINCT visitor) FROM visitor_seen WHERE seen_on = ?",
                            Date.valueOf(today.minusDays(1)));
            long before = one(
                    c, "SELECT COALESCE(SUM(visitors), 0) FROM visitor_day WHERE counted_on < ?", Date.valueOf(today));
            long total = before + todays + (rolled > 0 ? 0 : yesterday);
            try (PreparedStatement peak =
                            c.prepareStatement("SELECT online, reached_at FROM visitor_peak WHERE id = 1");
                    ResultSet row = peak.executeQuery()) {
                row.next();
                return new VisitorFigures(
                        online,
                        Math.max(online, row.getLong(1)),
                        LocalDate.ofInstant(row.getTimestamp(2).toInstant(), clock.getZone()),
                        todays,
                        yesterday,
                        total);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the visitors", e);
        }
    }

    private static long one(Connection c, String sql, Object parameter) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void update(Connection c, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            statement.executeUpdate();
        }
    }
}
