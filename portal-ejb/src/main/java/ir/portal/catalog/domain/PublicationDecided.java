package ir.portal.catalog.domain;

import ir.portal.platform.security.Actor;
import java.util.Map;

/**
 * A body that decides on new services (the committee) has decided that a proposed card goes public, and the person
 * who carried the decision out asks the catalog to publish it. {@code basis} names the decision (the meeting, the
 * item); the card's revision keeps it.
 */
public record PublicationDecided(long cardId, Map<String, Object> basis, Actor actor) {}
