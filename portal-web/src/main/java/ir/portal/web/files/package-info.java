/**
 * The browser's side of the kernel's file intake: the limits every form with files shows and checks before it
 * sends (so a file over the limit never breaks the connection), read from the same setting as the server's.
 */
package ir.portal.web.files;
