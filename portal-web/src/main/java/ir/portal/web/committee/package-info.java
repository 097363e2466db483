/**
 * The committee's area ({@code /committee/}): proposals and their pages, meetings with agenda, attendance and
 * votes, IT's provisioning and the minutes. The beans are thin: each action is one call of
 * {@code ir.portal.committee.application}, which checks the caller's rights.
 */
package ir.portal.web.committee;
