/**
 * The committee that decides which new e-services the organisation offers ({@code seeds/000}): a unit's proposal,
 * the portal expert's screening as secretary, a meeting with its agenda, attendance and votes, the decision by the
 * rule frozen when the meeting opened, the minutes, and IT's provisioning that publishes the service card through
 * the catalog and opens it on the desk.
 */
package ir.portal.committee;
