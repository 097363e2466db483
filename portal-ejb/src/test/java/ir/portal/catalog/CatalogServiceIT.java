package ir.portal.catalog;

import static ir.portal.Thrown.causedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.catalog.application.CatalogQueries;
import ir.portal.catalog.application.CatalogService;
import ir.portal.catalog.application.LicenseView;
import ir.portal.catalog.application.RevisionView;
import ir.portal.catalog.application.ServiceCardForm;
import ir.portal.catalog.domain.CardAction;
import ir.portal.catalog.domain.CardFields;
import ir.portal.catalog.domain.LicenseInquiry;
import ir.portal.catalog.domain.LicenseStep;
import ir.portal.catalog.domain.Vocabulary.Applicant;
import ir.portal.catalog.domain.Vocabulary.CardStatus;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.errors.ConcurrentEdit;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.Refused;
import ir.portal.platform.history.FieldChange;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class CatalogServiceIT {

    @Inject
    private CatalogService catalog;

    @Inject
    private CatalogQueries queries;

    @Inject
    private AsEditor asEditor;

    @Inject
    private AsManager asManager;

    @Inject
    private AsExpert asExpert;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Test
    void aCardWithEveryFieldIsReadBackEqual() throws Exception {
        ServiceCardForm written = CardSamples.everyField("QOM-1");
        long id = asExpert.call(() -> catalog.create(written));

        ServiceCardForm read = asExpert.call(() -> catalog.edit(id));
        assertTrue(
                read.sameCardAs(written),
                () -> "written " + CardFields.of(written.getContent()) + "\nread " + CardFields.of(read.getContent())
                        + "\n" + read.getStages() + "\n" + read.getLinks());
        assertEquals(CardFields.of(written.getContent()), CardFields.of(read.getContent()));
        assertEquals(written.getStages(), read.getStages());
        assertEquals(written.getLinks(), read.getLinks());
        assertEquals(2_000_000L, read.getContent().getRecipients());
        assertEquals("Bill ID\nAddress", read.getContent().getInputItems().getEn());
    }

    @Test
    void aCardWithoutItsRequiredFieldsIsRefusedWithAMessagePerField() {
        InvalidInput refused =
                assertThrows(InvalidInput.class, () -> asExpert.call(() -> catalog.create(new ServiceCardForm())));
        assertEquals(
                Set.of(
                        "content.title.fa",
                        "content.title.en",
                        "content.description.fa",
                        "content.providerAgency.fa",
                        "content.types",
                        "content.nature",
                        "content.levels",
                        "unitCode"),
                refused.problems().keySet());
        assertTrue(refused.problems().values().stream().allMatch(key -> key.startsWith("catalog.invalid.")));
    }

    @Test
    void wrongValuesAreNamedToo() {
        ServiceCardForm form = CardSamples.minimal("QOM-1", "نادرست", "Wrong");
        form.getContent().setAverageDays(-1);
        form.getContent().setWebAddress("not an address");
        form.getContent().setFilledByEmail("nobody");
        InvalidInput refused = assertThrows(InvalidInput.class, () -> asExpert.call(() -> catalog.create(form)));
        assertEquals(
                Map.of(
                        "content.averageDays",
                        "catalog.invalid.notNegative",
                        "content.webAddress",
                        "catalog.invalid.webAddress",
                        "content.filledByEmail",
                        "catalog.invalid.email"),
                refused.problems());
    }

    @Test
    void anEditorDraftsAndTheUnitManagerPublishes() throws Exception {
        long id = asEditor.call(() -> catalog.create(CardSamples.minimal("QOM-1", "پیش‌نویس", "Draft")));
        long version = asEditor.call(() -> catalog.edit(id)).getVersion();

        Exception refused = assertThrows(
                Exception.class,
                () -> asEditor.call(() -> {
                    catalog.publish(id, version);
                    return null;
                }));
        assertTrue(causedBy(refused, Refused.class), refused.toString());

        asManager.call(() -> {
            catalog.publish(id, version);
            return null;
        });
        assertEquals(CardStatus.PUBLISHED, status(id));
        assertTrue(queries.published(id).isPresent());

        long published = asManager.call(() -> catalog.edit(id)).getVersion();
        asManager.call(() -> {
            catalog.withdraw(id, published);
            return null;
        });
        assertEquals(CardStatus.WITHDRAWN, status(id));
        assertTrue(queries.published(id).isEmpty(), "a withdrawn card leaves the public catalog");
    }

    @Test
    void anEditorCannotTouchAnotherUnitsCard() throws Exception {
        long other = asExpert.call(() -> catalog.create(CardSamples.minimal("QOM-2", "واحد دیگر", "Other unit")));
        ServiceCardForm form = asExpert.call(() -> catalog.edit(other));
        form.getContent().setTitle(new LocalizedText("تغییر", "Changed"));

        assertThrows(
                Refused.class,
                () -> asEditor.call(() -> {
                    catalog.update(other, form);
                    return null;
                }));
        assertThrows(
                Refused.class, () -> asEditor.call(() -> catalog.create(CardSamples.minimal("QOM-2", "نه", "No"))));
        assertThrows(
                Refused.class,
                () -> asManager.call(() -> {
                    catalog.publish(other, form.getVersion());
                    return null;
                }));
        assertEquals(
                "واحد دیگر",
                asExpert.call(() -> catalog.edit(other)).getContent().getTitle().getFa());
    }

    @Test
    void theHistoryRecordsWhoChangedWhat() throws Exception {
        long id = asEditor.call(() -> catalog.create(CardSamples.minimal("QOM-1", "عنوان اول", "First title")));
        ServiceCardForm form = asEditor.call(() -> catalog.edit(id));
        form.getContent().setTitle(new LocalizedText("عنوان دوم", "First title"));
        asEditor.call(() -> {
            catalog.update(id, form);
            return null;
        });
        long version = asManager.call(() -> catalog.edit(id)).getVersion();
        asManager.call(() -> {
            catalog.publish(id, version);
            return null;
        });

        List<RevisionView> history = asManager.call(() -> catalog.history(id));
        assertEquals(
                List.of(CardAction.PUBLISHED, CardAction.EDITED, CardAction.CREATED),
                history.stream().map(RevisionView::action).toList());
        assertEquals(
                List.of("manager", "editor", "editor"),
                history.stream().map(RevisionView::changedBy).toList());
        RevisionView edit = history.get(1);
        assertEquals(List.of(new FieldChange("title.fa", "عنوان اول", "عنوان دوم")), edit.changes());
        assertTrue(history.get(0).changes().contains(new FieldChange("status", "DRAFT", "PUBLISHED")));
    }

    @Test
    void twoEditorsSavingTheSameVersionOneWinsTheOtherIsTold() throws Exception {
        long id = asEditor.call(() -> catalog.create(CardSamples.minimal("QOM-1", "هم‌زمان", "Concurrent")));
        ServiceCardForm first = asEditor.call(() -> catalog.edit(id));
        ServiceCardForm second = asManager.call(() -> catalog.edit(id));
        first.getContent().setAverageDays(3);
        second.getContent().setAverageDays(7);

        asEditor.call(() -> {
            catalog.update(id, first);
            return null;
        });
        assertThrows(
                ConcurrentEdit.class,
                () -> asManager.call(() -> {
                    catalog.update(id, second);
                    return null;
                }));
        ServiceCardForm now = asEditor.call(() -> catalog.edit(id));
        assertEquals(3, now.getContent().getAverageDays());
        assertNotEquals(first.getVersion(), now.getVersion());
    }

    @Test
    void aLicenseCardWithItsInquiriesIsReadBackEqual() throws Exception {
        long id = asExpert.call(() -> catalog.create(CardSamples.everyField("QOM-2")));
        LocalizedText title = new LocalizedText("پروانه آزمایشی", "Test license");
        List<LicenseStep> steps = CardSamples.licenseSteps();
        List<LicenseInquiry> inquiries = CardSamples.licenseInquiries();
        asExpert.call(() -> {
            catalog.defineLicense(id, title, steps, inquiries);
            return null;
        });
        LicenseView read = asExpert.call(() -> catalog.license(id)).orElseThrow();
        assertEquals(title, read.title());
        assertEquals(steps, read.steps());
        assertEquals(inquiries, read.inquiries());
        assertEquals(
                Set.of(Applicant.NATURAL, Applicant.LEGAL), read.steps().get(0).getApplicants());
        RevisionView licensed = asExpert.call(() -> catalog.history(id)).get(0);
        assertEquals("expert", licensed.changedBy());
        assertTrue(
                licensed.changes().stream()
                        .anyMatch(c -> c.field().equals("license.title.fa") && "پروانه آزمایشی".equals(c.after())),
                licensed.changes().toString());

        assertThrows(
                Refused.class,
                () -> asEditor.call(() -> {
                    catalog.defineLicense(id, title, List.of(), List.of());
                    return null;
                }),
                "an editor of another unit");
    }

    private CardStatus status(long id) {
        return (CardStatus) em.createQuery("SELECT c.status FROM ServiceCard c WHERE c.id = :id")
                .setParameter("id", id)
                .getSingleResult();
    }
}
