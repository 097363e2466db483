/**
 * The visitor counter of seeds/001: online now, the peak, today, yesterday and the total, counted without sessions
 * and without a database write per view, correct across a cluster's nodes ({@link ir.portal.platform.visitors.Visitors}).
 */
package ir.portal.platform.visitors;
