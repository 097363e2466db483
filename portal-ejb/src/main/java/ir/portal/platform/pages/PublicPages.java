package ir.portal.platform.pages;

import ir.portal.platform.audit.Audited;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.infinispan.Cache;

/**
 * The public pages as rendered for anonymous visitors, kept in WildFly's Infinispan cache {@code portal/pages}
 * (config/cli: a local cache bounded in entries on a single server, an invalidation cache across a cluster's nodes).
 * A node keeps what it rendered without telling the others ({@code putForExternalRead}); a change that visitors see
 * ({@link Audited#changesPublicPages}) lets go of every page on every node once its transaction has committed, and
 * once more a second later, for a page that a request still rendering then from the old data kept after the first.
 * The pages are kept as objects on the node that rendered them (an invalidation cache never sends a value to another
 * node, only the keys to let go of), so serving one copies nothing.
 */
@ApplicationScoped
public class PublicPages {

    private static final Logger LOG = Logger.getLogger(PublicPages.class.getName());

    /** How long after a change the pages are let go of a second time. */
    static final long AGAIN_AFTER_MS = 1000;

    @Resource(lookup = "java:jboss/infinispan/cache/portal/pages")
    Cache<String, KeptPage> pages;

    @Resource
    ManagedScheduledExecutorService scheduler;

    public Optional<KeptPage> find(String key) {
        return Optional.ofNullable(pages.get(key));
    }

    /** Keeps the page on this node, unless one is kept already. */
    public void keep(String key, KeptPage page) {
        pages.putForExternalRead(key, page);
    }

    /** How many pages this node keeps. */
    public int size() {
        return pages.size();
    }

    /** Lets go of every page on every node. */
    public void clear() {
        pages.clear();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Audited event) {
        if (!event.changesPublicPages()) {
            return;
        }
        clear();
        scheduler.schedule(
                () -> {
                    try {
                        clear();
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Could not let go of the public pages a second time", e);
                    }
                },
                AGAIN_AFTER_MS,
                TimeUnit.MILLISECONDS);
        LOG.fine(() -> "Public pages let go of after " + event.action() + " " + event.subject());
    }
}
