/** One request throttle for every feature, counted in the database so that it holds across server nodes. */
package ir.portal.platform.throttle;
