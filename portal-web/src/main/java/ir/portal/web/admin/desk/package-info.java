/**
 * Backing beans of {@code /admin/desk/} that only staff use: the queue ({@code index.xhtml},
 * {@link ir.portal.web.admin.desk.QueueBacking}) and the workflows the portal expert keeps ({@code workflows.xhtml},
 * {@link ir.portal.web.admin.desk.WorkflowsBacking}; {@code workflow.xhtml},
 * {@link ir.portal.web.admin.desk.WorkflowEditBacking}). The folder's {@code new.xhtml} and {@code request.xhtml}
 * show the same includes as {@code /my/}, so their beans are in {@code ir.portal.web.desk}.
 */
package ir.portal.web.admin.desk;
