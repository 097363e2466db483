/** The committee's use cases, each checked against the caller's rights, and their mails. */
package ir.portal.committee.application;
