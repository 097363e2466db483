/**
 * Demo data for development and test servers: units, one account per role, the service cards and their workflows
 * (the cards and workflows as JSON files beside these classes). Loaded only where the server sets
 * {@code portal.demo-data=true} ({@code config/cli/demo.cli}); production servers never do.
 */
package ir.portal.demo;
