/**
 * The portal's screens: Facelets views (in {@code src/main/webapp}, one folder per feature) with thin backing
 * beans in packages that mirror the view paths, the language and security plumbing of every page.
 */
package ir.portal.web;
