/**
 * Persian first: Solar Hijri (Jalali) dates through ICU4J, Persian and Arabic digits in and out.
 */
package ir.portal.i18n;
