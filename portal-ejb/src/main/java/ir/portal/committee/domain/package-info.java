/** The committee's entities, their states and the rule that decides an item. */
package ir.portal.committee.domain;
