package ir.portal.content.application;

import ir.portal.accounts.domain.AccountRepository;
import ir.portal.accounts.domain.OrgUnit;
import ir.portal.content.domain.Series;
import ir.portal.content.domain.SeriesChanged;
import ir.portal.content.domain.SeriesLine;
import ir.portal.content.domain.SeriesValue;
import ir.portal.platform.errors.ConcurrentEdit;
import ir.portal.platform.errors.NotFound;
import ir.portal.platform.errors.Problems;
import ir.portal.platform.errors.Refused;
import ir.portal.platform.paging.Page;
import ir.portal.platform.paging.PageRequest;
import ir.portal.platform.security.Actor;
import ir.portal.platform.security.CurrentActor;
import ir.portal.platform.security.Requires;
import ir.portal.platform.security.Right;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The statistics series staff keep: an editor those of their unit, the portal expert every unit's. Like planned
 * outages they are figures, not opinions, so they show on the public pages as soon as they are saved; every change
 * names the series' version the editor saw, and one made meanwhile by someone else refuses it.
 */
@Stateless
@Requires(Right.CONTENT_EDIT)
public class SeriesService {

    static final String CODE = "content.series.invalid.code";
    static final String CODE_TAKEN = "content.series.invalid.codeTaken";
    static final String NO_LINES = "content.series.invalid.noLines";

    private static final Pattern CODE_PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentActor actors;

    @Inject
    Clock clock;

    @Inject
    Event<SeriesChanged> changed;

    /** Creates the series or changes what it measures and its lines; a line left out loses its values. */
    public long save(SeriesForm form) {
        Actor actor = actors.get();
        List<SeriesForm.Line> lines = form.getLines().stream()
                .filter(l -> l.getId() != null || !blank(l.getName().getFa()))
                .toList();
        OrgUnit unit = valid(form, lines, actor);
        Series series;
        if (form.getId() == null) {
            series = new Series(form.getCode(), unit);
            em.persist(series);
        } else {
            series = own(form.getId(), form.getVersion(), actor);
        }
        series.describe(unit, form.getTitle(), form.getAbout(), form.getMeasure(), form.getChart());
        Map<Long, SeriesLine> existing = new HashMap<>();
        series.getLines().forEach(l -> existing.put(l.getId(), l));
        List<SeriesLine> kept = new ArrayList<>();
        for (SeriesForm.Line line : lines) {
            SeriesLine current = line.getId() == null ? null : existing.get(line.getId());
            if (current == null) {
                kept.add(series.addLine(line.getName()));
            } else {
                current.rename(line.getName());
                kept.add(current);
            }
        }
        List<SeriesLine> dropped =
                existing.values().stream().filter(l -> !kept.contains(l)).toList();
        if (!dropped.isEmpty()) {
            em.createQuery("DELETE FROM SeriesValue v WHERE v.line IN :lines")
                    .setParameter("lines", dropped)
                    .executeUpdate();
        }
        series.keepLines(kept);
        series.touch(actor.username(), clock.instant());
        em.flush();
        changed.fire(new SeriesChanged(series.getId(), form.getId() == null ? "created" : "edited", actor));
        return series.getId();
    }

    public SeriesForm edit(long id) {
        Series series = find(id);
        check(series, actors.get());
        return SeriesForm.of(series);
    }

    /** Removes the series with its lines and values. */
    public void remove(long id, long version) {
        Actor actor = actors.get();
        Series series = own(id, version, actor);
        em.createQuery("DELETE FROM SeriesValue v WHERE v.series = :s")
                .setParameter("s", series)
                .executeUpdate();
        em.remove(series);
        changed.fire(new SeriesChanged(id, "removed", actor));
    }

    /**
     * Sets the values of one day, one per line in the lines' order; a null removes that line's value of the day.
     * Returns the series' new version.
     */
    public long putDay(long id, long version, LocalDate day, List<BigDecimal> values) {
        Actor actor = actors.get();
        Series series = own(id, version, actor);
        new Problems()
                .addIf(day == null, "day", Problems.REQUIRED)
                .addIf(values.stream().allMatch(Objects::isNull), "values", Problems.REQUIRED)
                .throwIfAny();
        write(series, Map.of(day, values), true);
        return changedBy(series, actor, "values");
    }

    /** Removes every value of one day. Returns the series' new version. */
    public long removeDay(long id, long version, LocalDate day) {
        Actor actor = actors.get();
        Series series = own(id, version, actor);
        em.createQuery("DELETE FROM SeriesValue v WHERE v.series = :s AND v.day = :day")
                .setParameter("s", series)
                .setParameter("day", day)
                .executeUpdate();
        return changedBy(series, actor, "values");
    }

    /**
     * Takes the values of pasted or uploaded text ({@link SeriesImport}): the readable lines are written, an empty
     * cell leaves a value alone; the unreadable lines come back with their numbers.
     */
    public SeriesImport.Result importDays(long id, long version, String text) {
        Actor actor = actors.get();
        Series series = own(id, version, actor);
        SeriesImport.Result read = SeriesImport.read(text, series.getLines().size());
        if (!read.rows().isEmpty()) {
            write(series, read.rows(), false);
            changedBy(series, actor, "imported");
        }
        return read;
    }

    /** The series the caller keeps, by title: every unit's for the portal expert. */
    public Page<SeriesSummary> list(int first, int size) {
        Actor actor = actors.get();
        OrgUnit scope = actor.may(Right.CONTENT_EVERY_UNIT) ? null : actor.unit();
        PageRequest page = PageRequest.of(first, size);
        String where = scope == null ? "" : " WHERE s.unit = :unit";
        TypedQuery<Object[]> select = em.createQuery(
                SeriesQueries.SUMMARY + where + SeriesQueries.SUMMARY_GROUP + " ORDER BY s.title.fa, s.id",
                Object[].class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(s) FROM Series s" + where, Long.class);
        if (scope != null) {
            select.setParameter("unit", scope);
            count.setParameter("unit", scope);
        }
        return Page.of(
                select.setFirstResult(page.first())
                        .setMaxResults(page.size())
                        .getResultStream()
                        .map(SeriesQueries::summary)
                        .toList(),
                count.getSingleResult(),
                page);
    }

    private void write(Series series, Map<LocalDate, List<BigDecimal>> days, boolean nullRemoves) {
        List<SeriesLine> lines = series.getLines();
        Map<String, SeriesValue> current = new HashMap<>();
        em.createQuery("SELECT v FROM SeriesValue v WHERE v.series = :s AND v.day IN :days", SeriesValue.class)
                .setParameter("s", series)
                .setParameter("days", days.keySet())
                .getResultList()
                .forEach(v -> current.put(v.getLine().getId() + " " + v.getDay(), v));
        for (Map.Entry<LocalDate, List<BigDecimal>> day : days.entrySet()) {
            for (int i = 0; i < lines.size() && i < day.getValue().size(); i++) {
                BigDecimal amount = day.getValue().get(i);
                SeriesValue value = current.get(lines.get(i).getId() + " " + day.getKey());
                if (amount == null) {
                    if (value != null && nullRemoves) {
                        em.remove(value);
                    }
                } else if (value == null) {
                    em.persist(new SeriesValue(lines.get(i), day.getKey(), amount));
                } else {
                    value.change(amount);
                }
            }
        }
    }

    private long changedBy(Series series, Actor actor, String verb) {
        series.touch(actor.username(), clock.instant());
        em.flush();
        changed.fire(new SeriesChanged(series.getId(), verb, actor));
        return series.getVersion();
    }

    private Series find(long id) {
        Series series = em.find(Series.class, id);
        if (series == null) {
            throw new NotFound("Series " + id);
        }
        return series;
    }

    private Series own(long id, long version, Actor actor) {
        Series series = find(id);
        check(series, actor);
        if (series.getVersion() != version) {
            throw new ConcurrentEdit("Series " + id, new OptimisticLockException(series));
        }
        return series;
    }

    private static void check(Series series, Actor actor) {
        if (!actor.reaches(series.getUnit(), Right.CONTENT_EVERY_UNIT)) {
            throw new Refused(actor + " may not change series " + series.getCode() + " of "
                    + series.getUnit().getCode());
        }
    }

    private OrgUnit valid(SeriesForm form, List<SeriesForm.Line> lines, Actor actor) {
        OrgUnit unit = form.getUnitCode() == null
                ? null
                : accounts.findUnit(form.getUnitCode()).orElse(null);
        String code = form.getCode();
        boolean codeTaken = form.getId() == null
                && code != null
                && !em.createQuery("SELECT s.id FROM Series s WHERE s.code = :code", Long.class)
                        .setParameter("code", code)
                        .getResultList()
                        .isEmpty();
        new Problems()
                .addIf(unit == null, "unitCode", Problems.REQUIRED)
                .addIf(blank(code), "code", Problems.REQUIRED)
                .addIf(!blank(code) && !CODE_PATTERN.matcher(code).matches(), "code", CODE)
                .addIf(codeTaken, "code", CODE_TAKEN)
                .addIf(blank(form.getTitle().getFa()), "title.fa", Problems.REQUIRED)
                .addIf(blank(form.getMeasure().getFa()), "measure.fa", Problems.REQUIRED)
                .addIf(form.getChart() == null, "chart", Problems.REQUIRED)
                .addIf(lines.isEmpty(), "lines", NO_LINES)
                .addIf(lines.stream().anyMatch(l -> blank(l.getName().getFa())), "lines", Problems.REQUIRED)
                .throwIfAny();
        if (!actor.reaches(unit, Right.CONTENT_EVERY_UNIT)) {
            throw new Refused(actor + " may not keep series of " + unit.getCode());
        }
        return unit;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
