/**
 * What the kernel needs from the server: {@code SchemaMigration} runs Flyway's scripts at start, before anything
 * touches the database; {@code InstantConverter} stores every {@code Instant} as a SQL timestamp.
 */
package ir.portal.platform.infrastructure;
