package ir.portal.content;

import ir.portal.content.application.ContentForm;
import ir.portal.content.domain.ContentKind;
import ir.portal.platform.domain.LocalizedText;

/** Items as an editor would fill the form in. */
final class ContentSamples {

    private ContentSamples() {}

    static ContentForm news(String unitCode, String titleFa, String titleEn) {
        ContentForm form = new ContentForm();
        form.setKind(ContentKind.NEWS);
        form.setUnitCode(unitCode);
        form.getText().setTitle(new LocalizedText(titleFa, titleEn));
        form.getText().setSummary(new LocalizedText("خلاصه‌ی " + titleFa, "Summary of " + titleEn));
        form.getText().setBody(new LocalizedText("<p>متن " + titleFa + "</p>", "<p>Text of " + titleEn + "</p>"));
        return form;
    }
}
