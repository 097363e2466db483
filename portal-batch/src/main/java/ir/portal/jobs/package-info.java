/**
 * Jakarta Batch jobs ({@code META-INF/batch-jobs}) with their artifacts, and the console's view of the job
 * repository, which the server keeps in the portal's own database.
 */
package ir.portal.jobs;
