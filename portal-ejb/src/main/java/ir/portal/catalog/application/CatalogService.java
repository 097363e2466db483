package ir.portal.catalog.application;

import java.io.StringReader;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;

import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.AccountRepository;
import ir.portal.accounts.domain.OrgUnit;
import ir.portal.accounts.domain.Roles;
import ir.portal.catalog.domain.CardAction;
import ir.portal.catalog.domain.CatalogRepository;
import ir.portal.catalog.domain.LicenseCard;
import ir.portal.catalog.domain.LicenseInquiry;
import ir.portal.catalog.domain.LicenseStep;
import ir.portal.catalog.domain.ServiceCard;
import ir.portal.catalog.domain.ServiceCardRevision;
import ir.portal.platform.domain.ConcurrentEditException;
import ir.portal.platform.domain.LocalizedText;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.OptimisticLockException;

/**
 * The staff's use cases on service cards. The portal expert may change any card; an editor drafts and edits the
 * cards of their own unit; a unit manager also publishes and withdraws them. Every change is a revision.
 */
@Stateless
@RolesAllowed({Roles.EDITOR, Roles.UNIT_MANAGER, Roles.PORTAL_EXPERT})
public class CatalogService {

    private static final Logger LOG = Logger.getLogger(CatalogService.class.getName());

    @Resource
    private SessionContext context;

    @Inject
    private CatalogRepository cards;

    @Inject
    private AccountRepository accounts;

    private final Clock clock = Clock.systemUTC();

    public long create(ServiceCardForm form) {
        OrgUnit unit = validUnit(form);
        ServiceCard card = ServiceCard.draft(form.getContent(), form.getStages(), form.getLinks(), unit, caller(),
                clock.instant());
        cards.add(card);
        record(card, CardAction.CREATED, Map.of());
        LOG.info(() -> caller() + " drafted service card " + card.getId());
        return card.getId();
    }

    public void update(long id, ServiceCardForm form) {
        OrgUnit unit = validUnit(form);
        ServiceCard card = forChange(id, form.getVersion());
        mayEdit(card);
        Map<String, Object> before = card.fields();
        card.revise(form.getContent(), form.getStages(), form.getLinks(), unit, caller(), clock.instant());
        record(card, CardAction.EDITED, before);
    }

    @RolesAllowed({Roles.UNIT_MANAGER, Roles.PORTAL_EXPERT})
    public void publish(long id, long version) {
        change(id, version, CardAction.PUBLISHED, card -> card.publish(caller(), clock.instant()));
    }

    @RolesAllowed({Roles.UNIT_MANAGER, Roles.PORTAL_EXPERT})
    public void withdraw(long id, long version) {
        change(id, version, CardAction.WITHDRAWN, card -> card.withdraw(caller(), clock.instant()));
    }

    private void change(long id, long version, CardAction action, Consumer<ServiceCard> change) {
        ServiceCard card = forChange(id, version);
        mayEdit(card);
        Map<String, Object> before = card.fields();
        change.accept(card);
        record(card, action, before);
    }

    /** The cards the caller works on: all of them for the portal expert, those of the caller's unit otherwise. */
    public Page<CardRow> list(int first, int size) {
        OrgUnit scope = context.isCallerInRole(Roles.PORTAL_EXPERT) ? null : callerUnit();
        int pageSize = Math.max(1, Math.min(size, 100));
        return new Page<>(cards.page(scope, Math.max(0, first), pageSize).stream().map(CardRow::of).toList(),
                cards.count(scope), Math.max(0, first), pageSize);
    }

    /** The units a card may belong to, as the caller may choose them. */
    public List<UnitChoice> units() {
        OrgUnit own = callerUnit();
        boolean expert = context.isCallerInRole(Roles.PORTAL_EXPERT);
        return accounts.units().stream().filter(u -> expert || u.equals(own))
                .map(u -> new UnitChoice(u.getCode(), u.getNameFa(), u.getNameEn())).toList();
    }

    /** A unit as the form offers it. */
    public record UnitChoice(String code, String nameFa, String nameEn) {
    }

    /** The card as the console edits it. */
    public ServiceCardForm edit(long id) {
        ServiceCard card = cards.find(id).orElseThrow(() -> new CatalogAccessDenied("No card " + id));
        mayEdit(card);
        return ServiceCardForm.of(card);
    }

    /** Defines or revises the license identity card of a service card that ends in a license. */
    public void defineLicense(long cardId, LocalizedText title, List<LicenseStep> steps,
            List<LicenseInquiry> inquiries) {
        ServiceCard card = cards.find(cardId).orElseThrow(() -> new CatalogAccessDenied("No card " + cardId));
        mayEdit(card);
        if (title == null || title.getFa() == null || title.getFa().isBlank()) {
            throw new InvalidCardException(Map.of("license.title.fa", CardValidator.REQUIRED));
        }
        Optional<LicenseCard> existing = cards.licenseOf(cardId);
        Map<String, Object> before = existing.map(CatalogService::licenseFields).orElse(Map.of());
        LicenseCard license = existing.orElseGet(() -> {
            LicenseCard created = new LicenseCard(card, title, steps, inquiries);
            cards.add(created);
            return created;
        });
        license.revise(title, steps, inquiries);
        record(card.getId(), CardAction.EDITED, before, licenseFields(license));
        LOG.info(() -> caller() + " defined the license card of service card " + cardId);
    }

    /** The license identity card of a service card, for the console. */
    public Optional<LicenseView> license(long cardId) {
        cards.find(cardId).ifPresent(this::mayEdit);
        return cards.licenseOf(cardId).map(LicenseView::of);
    }

    /** The license card as the console edits it: the card's own, or an empty one to fill in. */
    public LicenseForm editLicense(long cardId) {
        return license(cardId).map(LicenseForm::of).orElseGet(LicenseForm::new);
    }

    public void defineLicense(long cardId, LicenseForm form) {
        defineLicense(cardId, form.getTitle(), form.getSteps(), form.getInquiries());
    }

    /** The card's revisions, newest first. */
    public List<RevisionView> history(long id) {
        return cards.revisions(id).stream().map(CatalogService::view).toList();
    }

    private OrgUnit validUnit(ServiceCardForm form) {
        Map<String, String> problems = CardValidator.problems(form);
        OrgUnit unit = form.getUnitCode() == null ? null : accounts.findUnit(form.getUnitCode()).orElse(null);
        if (unit == null && !problems.containsKey("unitCode")) {
            problems.put("unitCode", CardValidator.REQUIRED);
        }
        if (!problems.isEmpty()) {
            throw new InvalidCardException(problems);
        }
        if (!context.isCallerInRole(Roles.PORTAL_EXPERT) && !unit.equals(callerUnit())) {
            throw new CatalogAccessDenied(caller() + " may not give a card to unit " + unit.getCode());
        }
        return unit;
    }

    private ServiceCard forChange(long id, long version) {
        try {
            return cards.findForChange(id, version).orElseThrow(() -> new CatalogAccessDenied("No card " + id));
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException("Service card " + id, e);
        }
    }

    private void mayEdit(ServiceCard card) {
        if (!context.isCallerInRole(Roles.PORTAL_EXPERT) && !card.getUnit().equals(callerUnit())) {
            throw new CatalogAccessDenied(caller() + " may not change card " + card.getId() + " of unit "
                    + card.getUnit().getCode());
        }
    }

    private OrgUnit callerUnit() {
        return accounts.findByUsername(caller()).map(Account::getUnit).orElse(null);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static Map<String, Object> licenseFields(LicenseCard license) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("license.title.fa", license.title().getFa());
        fields.put("license.title.en", license.title().getEn());
        license.steps().forEach(step -> fields.put("license." + step.getOperation(), step.toString()));
        List<LicenseInquiry> inquiries = license.inquiries();
        for (int i = 0; i < inquiries.size(); i++) {
            fields.put("license.inquiries." + (i + 1), inquiries.get(i).toString());
        }
        return fields;
    }

    private void record(ServiceCard card, CardAction action, Map<String, Object> before) {
        record(card.getId(), action, before, card.fields());
    }

    private void record(long cardId, CardAction action, Map<String, Object> before, Map<String, Object> after) {
        JsonArrayBuilder changes = Json.createArrayBuilder();
        Set<String> names = new LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        for (String field : names) {
            String was = text(before.get(field));
            String now = text(after.get(field));
            if (!Objects.equals(was, now)) {
                changes.add(Json.createObjectBuilder().add("field", field)
                        .add("before", was == null ? JsonValue.NULL : Json.createValue(was))
                        .add("after", now == null ? JsonValue.NULL : Json.createValue(now)));
            }
        }
        cards.add(new ServiceCardRevision(cardId, cards.lastRevisionNumber(cardId) + 1, action,
                caller(), clock.instant(), changes.build().toString()));
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.isBlank() || s.equals("[]") ? null : s;
    }

    private static RevisionView view(ServiceCardRevision r) {
        List<RevisionView.FieldChange> changes = Json.createReader(new StringReader(r.getChanges())).readArray()
                .stream().map(JsonValue::asJsonObject).map(CatalogService::change).toList();
        return new RevisionView(r.getNumber(), r.getAction(), r.getChangedBy(), r.getChangedAt(), changes);
    }

    private static RevisionView.FieldChange change(JsonObject o) {
        return new RevisionView.FieldChange(o.getString("field"),
                o.isNull("before") ? null : o.getString("before"), o.isNull("after") ? null : o.getString("after"));
    }
}
