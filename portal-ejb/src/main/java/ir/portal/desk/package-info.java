/**
 * The electronic service desk of seeds/003: requests for the catalog's services, run on workflow definitions kept
 * as versioned data; the tracking code and receipt at submission, due dates in working days, documents typed by
 * their content, the staff queue, messages, the answer, payment by slip, the citizen's rating, and an audit trail
 * of every step, message and download.
 */
package ir.portal.desk;
