/**
 * The desk's pages that citizens and staff share. {@code /desk/}: the receipt ({@code receipt.xhtml},
 * {@link ir.portal.web.desk.ReceiptBacking}), its PDF ({@code /desk/receipt.pdf},
 * {@link ir.portal.web.desk.ReceiptPdfServlet} writing {@code ReceiptPdf}) and a request's files
 * ({@code /desk/document}, {@link ir.portal.web.desk.DocumentServlet}). The request form and a request's page, which
 * {@code /my/} and {@code /admin/desk/} both show through {@code WEB-INF/includes/desk-form.xhtml} and
 * {@code desk-request.xhtml} ({@link ir.portal.web.desk.NewRequestBacking}, {@link ir.portal.web.desk.RequestBacking}).
 * Files come and go through {@link ir.portal.web.files.FileParts}.
 */
package ir.portal.web.desk;
