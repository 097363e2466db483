/**
 * The Iranian identifiers people type and the portal keeps, as value objects with their own check rules: national
 * ID, mobile number, postal code, bill ID and payment ID (with the banks' mod-11 digits), and the desk's tracking
 * code (Verhoeff). Any feature may use them (registration needs the national ID and mobile too), and JPA stores
 * them through their converters.
 */
package ir.portal.identifiers;
