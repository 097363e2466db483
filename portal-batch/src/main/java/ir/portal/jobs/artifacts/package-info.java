/** The readers, processors and writers that the job files of {@code META-INF/batch-jobs} name. */
package ir.portal.jobs.artifacts;
