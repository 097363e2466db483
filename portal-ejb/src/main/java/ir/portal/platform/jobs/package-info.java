/** The job console's interface, implemented by portal-batch, which holds the jobs. */
package ir.portal.platform.jobs;
