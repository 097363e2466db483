/**
 * The service catalog: service identity cards with every field of the national form (seeds/002), their
 * revisions, and the license identity cards. Citizens find services here; the desk runs on the cards.
 */
package ir.portal.catalog;
