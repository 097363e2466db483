/**
 * Demo data for development and test servers: the unit tree, one account per role, the service cards and their
 * workflows (the units, cards and workflows as JSON files beside these classes). Loaded only when the server is
 * started with {@code -Dportal.demo-data=true}, as the run command and the test servers are; the server the build
 * makes (the production server) never sets it.
 */
package ir.portal.demo;
