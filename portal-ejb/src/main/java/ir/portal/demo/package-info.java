/**
 * Demo data for development and test servers: units and one account per role. Loaded only where the server
 * sets {@code portal.demo-data=true} ({@code config/cli/demo.cli}); production servers never do.
 */
package ir.portal.demo;
