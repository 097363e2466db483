/**
 * Who may use the portal: accounts with their roles, staff bound to a unit of the organisation's tree (each unit
 * with its kind, counted as headquarters or operational by the reports, and for counter offices their premises),
 * the identity store the login checks passwords against, and the administration of accounts and units.
 */
package ir.portal.accounts;
