/**
 * The service catalog's domain: service identity cards as the national form (seeds/002) fills them in, with their
 * stages, system links and revision history; license cards; the form's closed lists.
 */
package ir.portal.catalog.domain;
