/**
 * Public pages rendered once and served from memory to anonymous visitors ({@link ir.portal.platform.pages.PublicPages}):
 * kept in WildFly's Infinispan, on every node of a cluster, and let go of on every node when a change that
 * visitors see is committed.
 */
package ir.portal.platform.pages;
