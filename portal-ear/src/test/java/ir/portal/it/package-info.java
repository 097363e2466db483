/**
 * Tests of the whole portal as people use it: the EAR as built, deployed on the server the build made, driven
 * through a real browser (Debian's chromium) and plain HTTP.
 */
package ir.portal.it;
