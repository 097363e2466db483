package ir.portal.accounts.application;

import ir.portal.accounts.domain.MapLink;
import ir.portal.accounts.domain.OrgUnit;
import ir.portal.accounts.domain.Premises;
import ir.portal.accounts.domain.UnitChanged;
import ir.portal.accounts.domain.UnitChanged.Change;
import ir.portal.accounts.domain.UnitRepository;
import ir.portal.platform.errors.Problems;
import ir.portal.platform.history.FieldChanges;
import ir.portal.platform.security.Actor;
import ir.portal.platform.security.CurrentActor;
import ir.portal.platform.security.Requires;
import ir.portal.platform.security.Right;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * The admin keeps the tree of units: adds a unit under another, renames it, changes its kind and counter-office
 * details, moves it. An edit made on a version someone else changed meanwhile is refused; every change is in the
 * audit log with its fields before and after.
 */
@Stateless
@Requires(Right.UNITS_MANAGE)
public class UnitAdministration {

    private static final Logger LOG = Logger.getLogger(UnitAdministration.class.getName());

    @Inject
    UnitRepository units;

    @Inject
    CurrentActor actors;

    @Inject
    Event<UnitChanged> changed;

    /** Every unit, as a tree, read in one query. */
    public UnitTree tree() {
        return UnitTree.of(units.summaries());
    }

    /** The unit as the console edits it. */
    public UnitForm edit(long id) {
        return UnitForm.of(units.get(id));
    }

    public long create(UnitForm form) {
        Actor actor = actors.get();
        String code = UnitForm.normalCode(form.getCode());
        Problems problems = UnitValidator.code(UnitValidator.problems(form), code);
        problems.addIf(!problems.has("code") && units.byCode(code).isPresent(), "code", UnitValidator.CODE_TAKEN);
        OrgUnit parent = parent(form.getParentCode(), problems);
        problems.throwIfAny();
        OrgUnit unit =
                new OrgUnit(code, form.getNameFa().strip(), form.getNameEn().strip(), form.getKind(), premises(form));
        unit.moveUnder(parent);
        units.add(unit);
        record(unit, Change.CREATED, Map.of(), actor);
        LOG.info(() -> actor + " added the unit " + code);
        return unit.getId();
    }

    /** Saves the form over the unit, parent included, if nobody changed the unit since the form was filled. */
    public void update(long id, UnitForm form) {
        Actor actor = actors.get();
        Problems problems = UnitValidator.problems(form);
        OrgUnit parent = parent(form.getParentCode(), problems);
        OrgUnit unit = units.findForChange(id, form.getVersion());
        problems.addIf(parent != null && parent.isWithin(unit), "parentCode", OrgUnit.PARENT_INSIDE)
                .throwIfAny();
        Map<String, Object> before = unit.fields();
        unit.revise(form.getNameFa().strip(), form.getNameEn().strip(), form.getKind(), premises(form));
        place(unit, parent);
        units.flush(unit);
        record(unit, Change.EDITED, before, actor);
        LOG.info(() -> actor + " edited the unit " + unit.getCode());
    }

    /** Places the unit under the unit of {@code parentCode}, or at the root when it is blank. */
    public void move(long id, long version, String parentCode) {
        Actor actor = actors.get();
        Problems problems = new Problems();
        OrgUnit parent = parent(parentCode, problems);
        problems.throwIfAny();
        OrgUnit unit = units.findForChange(id, version);
        Map<String, Object> before = unit.fields();
        place(unit, parent);
        units.flush(unit);
        record(unit, Change.MOVED, before, actor);
        LOG.info(() -> actor + " moved the unit " + unit.getCode() + " under " + parentCode);
    }

    private void place(OrgUnit unit, OrgUnit parent) {
        if (!Objects.equals(parent, unit.getParent())) {
            units.holdAncestry(parent);
            unit.moveUnder(parent);
        }
    }

    private OrgUnit parent(String parentCode, Problems problems) {
        if (parentCode == null || parentCode.isBlank()) {
            return null;
        }
        OrgUnit parent = units.byCode(parentCode.strip()).orElse(null);
        problems.addIf(parent == null, "parentCode", UnitValidator.PARENT_UNKNOWN);
        return parent;
    }

    private static Premises premises(UnitForm form) {
        if (!form.isCounterOffice()) {
            return Premises.none();
        }
        return new Premises(
                form.getCountyFa(),
                form.getCountyEn(),
                form.getAddressFa(),
                form.getAddressEn(),
                UnitForm.normalPhone(form.getPhone()),
                form.getHoursFa(),
                form.getHoursEn(),
                MapLink.parse(form.getMapLink()).orElse(null));
    }

    private void record(OrgUnit unit, Change change, Map<String, Object> before, Actor actor) {
        changed.fire(new UnitChanged(unit.getId(), change, FieldChanges.between(before, unit.fields()), actor));
    }
}
