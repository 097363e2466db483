package ir.portal.committee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;

/** The five demo committee members, by user name, to vote as each of them. */
@ApplicationScoped
public class Members {

    /** Runs work as one member. */
    public interface As {
        <V> V call(Callable<V> work) throws Exception;
    }

    public static final List<String> NAMES =
            List.of("committee", "committee2", "committee3", "committee4", "committee5");

    @Inject
    AsMember1 one;

    @Inject
    AsMember2 two;

    @Inject
    AsMember3 three;

    @Inject
    AsMember4 four;

    @Inject
    AsMember5 five;

    public As as(String member) {
        return switch (NAMES.indexOf(member)) {
            case 0 -> one;
            case 1 -> two;
            case 2 -> three;
            case 3 -> four;
            case 4 -> five;
            default -> throw new IllegalArgumentException(member);
        };
    }

    public <V> V call(String member, Callable<V> work) throws Exception {
        return as(member).call(work);
    }
}
