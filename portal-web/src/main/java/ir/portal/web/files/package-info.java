/**
 * The browser's side of the kernel's file intake: the limits every form with files shows and checks before it
 * sends (so a file over the limit never breaks the connection), read from the same setting as the server's
 * ({@link ir.portal.web.files.Uploads}); and a file input read for the intake, a kept file sent back as a download
 * ({@link ir.portal.web.files.FileParts}).
 */
package ir.portal.web.files;
