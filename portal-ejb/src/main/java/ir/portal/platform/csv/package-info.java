/** Comma-separated values as spreadsheet programs here read them: UTF-8 with a byte-order mark, RFC 4180 quoting. */
package ir.portal.platform.csv;
