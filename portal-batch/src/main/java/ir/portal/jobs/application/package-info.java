/** The job console on WildFly's {@code JobOperator} and the job repository's tables, behind the kernel's {@code JobConsole}. */
package ir.portal.jobs.application;
