package ir.portal.catalog.application;

import ir.portal.accounts.application.UnitChoice;
import ir.portal.accounts.domain.AccountRepository;
import ir.portal.accounts.domain.OrgUnit;
import ir.portal.catalog.domain.CardAction;
import ir.portal.catalog.domain.CardSnapshot;
import ir.portal.catalog.domain.CatalogRepository;
import ir.portal.catalog.domain.LicenseCard;
import ir.portal.catalog.domain.LicenseInquiry;
import ir.portal.catalog.domain.LicenseStep;
import ir.portal.catalog.domain.ServiceCard;
import ir.portal.catalog.domain.ServiceCardRevision;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.errors.InvalidInput;
import ir.portal.platform.errors.Problems;
import ir.portal.platform.errors.Refused;
import ir.portal.platform.history.FieldChanges;
import ir.portal.platform.paging.Page;
import ir.portal.platform.paging.PageRequest;
import ir.portal.platform.review.PendingRevision;
import ir.portal.platform.review.PendingRevisions;
import ir.portal.platform.review.ReviewState;
import ir.portal.platform.review.Snapshots;
import ir.portal.platform.security.Actor;
import ir.portal.platform.security.CurrentActor;
import ir.portal.platform.security.Requires;
import ir.portal.platform.security.Right;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.logging.Logger;

/**
 * The staff's use cases on service cards. The portal expert may change any card; an editor drafts and edits the
 * cards of their own unit; a unit manager also publishes and withdraws them. Every change is a revision.
 */
@Stateless
@Requires(Right.CARDS_EDIT)
public class CatalogService {

    private static final Logger LOG = Logger.getLogger(CatalogService.class.getName());

    /** What a published card's pending revision names its subject. */
    static final String REVIEWED_CARD = "ServiceCard";

    @Inject
    CatalogRepository cards;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentActor actors;

    @Inject
    Clock clock;

    @Inject
    CardRevisions revisions;

    @Inject
    PendingRevisions pending;

    public long create(ServiceCardForm form) {
        Actor actor = actors.get();
        OrgUnit unit = validUnit(form, actor);
        ServiceCard card = ServiceCard.draft(
                form.getContent(), form.getStages(), form.getLinks(), unit, actor.username(), clock.instant());
        cards.add(card);
        record(card, CardAction.CREATED, Map.of(), actor);
        LOG.info(() -> actor + " drafted service card " + card.getId());
        return card.getId();
    }

    /**
     * Drafts the card of a proposal for the committee: a draft the unit keeps editing like any other, which only
     * the committee's decision publishes ({@link DecidedPublication}).
     */
    public long propose(ServiceCardForm form) {
        Actor actor = actors.get();
        OrgUnit unit = validUnit(form, actor);
        ServiceCard card = ServiceCard.proposed(
                form.getContent(), form.getStages(), form.getLinks(), unit, actor.username(), clock.instant());
        cards.add(card);
        record(card, CardAction.CREATED, Map.of(), actor);
        LOG.info(() -> actor + " drafted service card " + card.getId() + " for a committee proposal");
        return card.getId();
    }

    /**
     * Saves the card as the form has it. A card not yet public changes at once; a published one stays as it is for
     * visitors, and the form becomes its pending revision, which goes through review ({@link CardReview}).
     */
    public void update(long id, ServiceCardForm form) {
        Actor actor = actors.get();
        OrgUnit unit = validUnit(form, actor);
        ServiceCard card = editable(cards.findForChange(id, form.getVersion()), actor);
        if (card.isPublished()) {
            revise(card, unit, form, actor);
            return;
        }
        // a card withdrawn with a revision pending was edited from that revision, which this save takes in
        pending.forChange(REVIEWED_CARD, id, form.getRevisionVersion()).ifPresent(pending::remove);
        Map<String, Object> before = card.fields();
        card.revise(form.getContent(), form.getStages(), form.getLinks(), unit, actor.username(), clock.instant());
        record(card, CardAction.EDITED, before, actor);
    }

    /** Keeps the form as the published card's next version, the live card untouched. */
    private void revise(ServiceCard card, OrgUnit unit, ServiceCardForm form, Actor actor) {
        Optional<PendingRevision> seen = pending.forChange(REVIEWED_CARD, card.getId(), form.getRevisionVersion());
        Map<String, Object> before =
                seen.map(r -> snapshot(r).fields(card.getStatus())).orElseGet(card::fields);
        CardSnapshot next = CardSnapshot.of(unit.getCode(), form.getContent(), form.getStages(), form.getLinks());
        PendingRevision revision = seen.orElseGet(() -> {
            PendingRevision created = new PendingRevision(REVIEWED_CARD, card.getId(), card.getUnit());
            pending.add(created);
            return created;
        });
        revision.save(Snapshots.write(next), actor.username(), clock.instant());
        pending.flush(revision);
        revisions.record(card.getId(), CardAction.REVISED, before, next.fields(card.getStatus()), next, actor);
        LOG.info(() -> actor + " revised published service card " + card.getId() + " for review");
    }

    static CardSnapshot snapshot(PendingRevision revision) {
        return Snapshots.read(revision.getSnapshot(), CardSnapshot.class);
    }

    @Requires(Right.CARDS_PUBLISH)
    public void publish(long id, long version) {
        change(id, version, CardAction.PUBLISHED, (card, actor) -> card.publish(actor.username(), clock.instant()));
    }

    @Requires(Right.CARDS_PUBLISH)
    public void withdraw(long id, long version) {
        change(id, version, CardAction.WITHDRAWN, (card, actor) -> card.withdraw(actor.username(), clock.instant()));
    }

    private void change(long id, long version, CardAction action, BiConsumer<ServiceCard, Actor> change) {
        Actor actor = actors.get();
        ServiceCard card = editable(cards.findForChange(id, version), actor);
        Map<String, Object> before = card.fields();
        change.accept(card, actor);
        record(card, action, before, actor);
    }

    /** The cards the caller works on: every unit's for the portal expert, those of the caller's unit otherwise. */
    public Page<CardRow> list(int first, int size) {
        Actor actor = actors.get();
        OrgUnit scope = actor.may(Right.CARDS_EVERY_UNIT) ? null : actor.unit();
        PageRequest page = PageRequest.of(first, size);
        List<ServiceCard> found = cards.page(scope, page.first(), page.size());
        Map<Long, ReviewState> revisions = pending.states(
                REVIEWED_CARD, found.stream().map(ServiceCard::getId).toList());
        return Page.of(
                found.stream().map(c -> CardRow.of(c, revisions.get(c.getId()))).toList(), cards.count(scope), page);
    }

    /** The units a card may belong to, as the caller may choose them. */
    public List<UnitChoice> units() {
        Actor actor = actors.get();
        return accounts.units().stream()
                .filter(u -> actor.reaches(u, Right.CARDS_EVERY_UNIT))
                .map(UnitChoice::of)
                .toList();
    }

    /** The card as the console edits it: a published card's pending revision where it has one. */
    public ServiceCardForm edit(long id) {
        ServiceCard card = editable(cards.get(id), actors.get());
        ServiceCardForm form = ServiceCardForm.of(card);
        pending.of(REVIEWED_CARD, id).ifPresent(r -> form.revision(snapshot(r), r));
        return form;
    }

    /** Defines or revises the license identity card of a service card that ends in a license. */
    public void defineLicense(
            long cardId, LocalizedText title, List<LicenseStep> steps, List<LicenseInquiry> inquiries) {
        Actor actor = actors.get();
        ServiceCard card = editable(cards.get(cardId), actor);
        if (title == null || title.getFa() == null || title.getFa().isBlank()) {
            throw InvalidInput.of("license.title.fa", CardValidator.REQUIRED);
        }
        Optional<LicenseCard> existing = cards.licenseOf(cardId);
        Map<String, Object> before = existing.map(CatalogService::licenseFields).orElse(Map.of());
        LicenseCard license = existing.orElseGet(() -> {
            LicenseCard created = new LicenseCard(card, title, steps, inquiries);
            cards.add(created);
            return created;
        });
        license.revise(title, steps, inquiries);
        record(card.getId(), CardAction.EDITED, before, licenseFields(license), actor);
        LOG.info(() -> actor + " defined the license card of service card " + cardId);
    }

    /** The license identity card of a service card, for the console. */
    public Optional<LicenseView> license(long cardId) {
        editable(cards.get(cardId), actors.get());
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

    private OrgUnit validUnit(ServiceCardForm form, Actor actor) {
        Problems problems = CardValidator.problems(form);
        OrgUnit unit = form.getUnitCode() == null
                ? null
                : accounts.findUnit(form.getUnitCode()).orElse(null);
        problems.addIf(unit == null, "unitCode", CardValidator.REQUIRED).throwIfAny();
        if (!actor.reaches(unit, Right.CARDS_EVERY_UNIT)) {
            throw new Refused(actor + " may not give a card to unit " + unit.getCode());
        }
        return unit;
    }

    static ServiceCard editable(ServiceCard card, Actor actor) {
        if (!actor.reaches(card.getUnit(), Right.CARDS_EVERY_UNIT)) {
            throw new Refused(actor + " may not change card " + card.getId() + " of unit "
                    + card.getUnit().getCode());
        }
        return card;
    }

    private static Map<String, Object> licenseFields(LicenseCard license) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("license.title.fa", license.title().getFa());
        fields.put("license.title.en", license.title().getEn());
        license.steps().forEach(step -> fields.put("license." + step.getOperation(), step.toString()));
        List<LicenseInquiry> inquiries = license.inquiries();
        for (int i = 0; i < inquiries.size(); i++) {
            fields.put("license.inquiries." + (i + 1), inquiries.get(i).toString());
        }
        return fields;
    }

    private void record(ServiceCard card, CardAction action, Map<String, Object> before, Actor actor) {
        revisions.record(card.getId(), action, before, card.fields(), card.snapshot(), actor);
    }

    private void record(
            long cardId, CardAction action, Map<String, Object> before, Map<String, Object> after, Actor actor) {
        revisions.record(cardId, action, before, after, null, actor);
    }

    private static RevisionView view(ServiceCardRevision r) {
        return new RevisionView(
                r.getNumber(),
                r.getAction(),
                r.getChangedBy(),
                r.getChangedAt(),
                FieldChanges.fromJson(r.getChanges()),
                r.getSnapshot() != null);
    }
}
