/** The portal's readiness and liveness check of its database, served by WildFly at {@code /health/ready} and {@code /live}. */
package ir.portal.platform.health;
