package ir.portal.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.catalog.AsEditor;
import ir.portal.catalog.AsExpert;
import ir.portal.catalog.AsManager;
import ir.portal.catalog.CardSamples;
import ir.portal.catalog.application.CatalogService;
import ir.portal.catalog.application.ServiceCardForm;
import ir.portal.desk.AsApplicant;
import ir.portal.desk.AsClerk;
import ir.portal.desk.DeskSamples;
import ir.portal.desk.application.DeskQueries;
import ir.portal.desk.application.DeskService;
import ir.portal.desk.application.HolidayAdministration;
import ir.portal.desk.application.WorkflowAdministration;
import ir.portal.desk.application.WorkflowAdministration.EditableWorkflow;
import ir.portal.desk.domain.DeskRepository;
import ir.portal.desk.domain.TransitionInput;
import ir.portal.desk.domain.WorkflowDraft;
import ir.portal.desk.domain.WorkflowStage;
import ir.portal.i18n.JalaliDate;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.history.FieldChange;
import ir.portal.platform.security.RequestOrigin;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What reaches the audit log: the catalog's and the desk's changes, workflow revisions and holidays, each with
 * who, from where and the fields before and after.
 */
@ExtendWith(ArquillianExtension.class)
class AuditedEventsIT {

    @Inject
    AuditQueries audit;

    @Inject
    CatalogService catalog;

    @Inject
    HolidayAdministration holidays;

    @Inject
    WorkflowAdministration workflows;

    @Inject
    DeskService desk;

    @Inject
    DeskQueries requests;

    @Inject
    DeskRepository repository;

    @Inject
    RequestOrigin origin;

    @Inject
    AsEditor asEditor;

    @Inject
    AsManager asManager;

    @Inject
    AsExpert asExpert;

    @Inject
    AsApplicant asCitizen;

    @Inject
    AsClerk asClerk;

    @Inject
    AuditFixtures fixtures;

    @Test
    void aCardsLifeIsLoggedWithWhoFromWhereAndTheFieldsBeforeAndAfter() throws Exception {
        origin.set("198.51.100.23", "fa");
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String title = "کارت گزارش " + mark;
        String retitled = "کارت گزارش ویرایش‌شده " + mark;
        long id = asEditor.call(() -> catalog.create(CardSamples.minimal("QOM-1", title, "Audit card " + mark)));
        asEditor.call(() -> {
            ServiceCardForm form = catalog.edit(id);
            form.getContent().setTitle(new LocalizedText(retitled, "Audit card " + mark));
            catalog.update(id, form);
            return null;
        });
        asManager.call(() -> {
            catalog.publish(id, catalog.edit(id).getVersion());
            return null;
        });
        asManager.call(() -> {
            catalog.withdraw(id, catalog.edit(id).getVersion());
            return null;
        });

        List<AuditRow> rows = fixtures.rows(new AuditFilter(null, null, "ServiceCard:" + id, null, null));
        assertEquals(
                List.of(
                        "catalog.card.withdrawn",
                        "catalog.card.published",
                        "catalog.card.edited",
                        "catalog.card.created"),
                fixtures.actions(rows),
                "every change of the card, newest first");
        assertEquals(List.of("manager", "manager", "editor", "editor"), fixtures.usernames(rows));
        assertTrue(
                rows.stream().allMatch(r -> "QOM-1".equals(r.unitCode()) && "198.51.100.23".equals(r.client())),
                "each with the person's unit and the address they came from: " + rows);
        List<FieldChange> edited = rows.get(2).changes();
        assertTrue(edited.contains(new FieldChange("title.fa", title, retitled)), edited.toString());
        assertTrue(edited.stream().noneMatch(c -> c.field().equals("title.en")), "a field left alone is not listed");
        assertTrue(rows.get(1).changes().contains(new FieldChange("status", "DRAFT", "PUBLISHED")));
        assertTrue(rows.get(0).changes().contains(new FieldChange("status", "PUBLISHED", "WITHDRAWN")));
    }

    @Test
    void aDeskStepIsLoggedWithTheStageItLeftAndTheStageItReached() throws Exception {
        origin.set("203.0.113.41", "fa");
        long id = asCitizen.call(() -> fixtures.submitted(DeskSamples.NATIONAL_ID));
        asClerk.call(() -> {
            desk.move(id, requests.request(id).version(), "approve-form", TransitionInput.none(), null);
            return null;
        });

        List<AuditRow> rows = fixtures.rows(new AuditFilter(null, null, "ServiceRequest:" + id, null, null));
        assertEquals(List.of("desk.request.moved.approve-form", "desk.request.submitted"), fixtures.actions(rows));
        assertEquals(List.of("clerk", "citizen"), fixtures.usernames(rows));
        AuditRow step = rows.get(0);
        assertEquals("QOM-2", step.unitCode(), "the clerk's unit");
        assertEquals("203.0.113.41", step.client());
        assertEquals(List.of(new FieldChange("stage", "office-review", "debt-settlement")), step.changes());
    }

    @Test
    void aWorkflowRevisionIsLoggedWithTheStageThatChanged() throws Exception {
        long service = repository
                .serviceCardTitled("درخواست انشعاب جدید برق")
                .orElseThrow()
                .getId();
        EditableWorkflow current = asExpert.call(() -> workflows.edit(service));
        List<WorkflowStage> stages = new ArrayList<>(current.draft().stages());
        WorkflowStage first = stages.get(0).copy();
        String before = first.getName().getFa();
        String renamed = "بررسی (آزمون گزارش) " + UUID.randomUUID().toString().substring(0, 6);
        first.getName().setFa(renamed);
        stages.set(0, first);
        WorkflowDraft edited = new WorkflowDraft(
                current.draft().startStage(),
                stages,
                current.draft().transitions(),
                current.draft().fields(),
                current.draft().documents());
        asExpert.call(() -> workflows.revise(service, current.workflowId(), current.version(), edited));

        AuditRow newest = fixtures.rows(
                        new AuditFilter(null, "desk.workflow.revised", "Workflow:" + service, null, null))
                .get(0);
        assertEquals("expert", newest.username());
        assertEquals(
                List.of("stages." + first.getCode()),
                newest.changes().stream().map(FieldChange::field).toList(),
                "only the renamed stage");
        assertTrue(
                newest.changes().get(0).before().contains(before),
                newest.changes().toString());
        assertTrue(
                newest.changes().get(0).after().contains(renamed),
                newest.changes().toString());
    }

    @Test
    void aHolidayAddedAndRemovedIsLoggedWithItsJalaliDayAndNames() throws Exception {
        LocalDate day = fixtures.unusedDay();
        long id = fixtures.addHoliday(day);
        asExpert.call(() -> {
            holidays.remove(id);
            return null;
        });

        List<AuditRow> rows = fixtures.rows(new AuditFilter(null, null, "Holiday:" + id, null, null));
        assertEquals(List.of("desk.holiday.removed", "desk.holiday.added"), fixtures.actions(rows));
        assertEquals(List.of("expert", "expert"), fixtures.usernames(rows));
        String jalali = JalaliDate.of(day).toString();
        assertTrue(
                rows.get(1).changes().contains(new FieldChange("day", null, jalali)),
                rows.get(1).changes().toString());
        assertTrue(rows.get(1).changes().contains(new FieldChange("nameFa", null, "تعطیل آزمون گزارش")));
        assertTrue(
                rows.get(0).changes().contains(new FieldChange("day", jalali, null)),
                rows.get(0).changes().toString());
    }
}
