/**
 * The business exceptions of every feature: invalid input (field to message key), not found (404), refused (403),
 * a concurrent edit, too many attempts. Each rolls the transaction back.
 */
package ir.portal.platform.errors;
