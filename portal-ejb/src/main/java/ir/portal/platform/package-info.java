/**
 * What every feature stands on: the entity base with its id sequence and optimistic lock, the schema migration
 * that runs before anything touches the database.
 */
package ir.portal.platform;
