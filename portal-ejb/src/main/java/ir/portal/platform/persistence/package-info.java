/** The repository base of every feature, with its optimistic find-for-change. */
package ir.portal.platform.persistence;
