/**
 * Who may use the portal: accounts with their roles, staff bound to an organisation unit, the identity store
 * the login checks passwords against, and the administration of accounts.
 */
package ir.portal.accounts;
