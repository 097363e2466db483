/** File intake for every feature: type from the bytes, size limit, a safe stored name. */
package ir.portal.platform.files;
