/**
 * The base of every entity ({@code BaseEntity}: the id from the one sequence and the {@code @Version} that guards
 * every edit two people can make) and the text kept in Persian and English ({@code LocalizedText}).
 */
package ir.portal.platform.domain;
