/**
 * The service desk's domain: requests, their workflow and the identifiers citizens type.
 */
package ir.portal.desk.domain;
