/**
 * The portal's small read-only JSON API under {@code /api} (JAX-RS): the published cards for the national
 * single-window portal, as records made for it ({@link ir.portal.web.api.ApiCard}), never entities.
 */
package ir.portal.web.api;
