package ir.portal.demo;

import static ir.portal.demo.DemoJson.objects;
import static ir.portal.demo.DemoJson.string;
import static ir.portal.demo.DemoJson.text;

import ir.portal.accounts.domain.OrgUnit;
import ir.portal.content.domain.ContentItem;
import ir.portal.content.domain.ContentKind;
import ir.portal.content.domain.ContentSnapshot;
import ir.portal.content.domain.ContentText;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.html.SafeHtml;
import ir.portal.platform.time.PortalClock;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The demo content, read from {@code content.json}: news, announcements, tenders (one closed), laws, events, FAQ, a
 * page, links and a form of the company's units, published some days ago ({@code daysAgo}); deadlines and event days
 * are counted from today.
 */
final class DemoContent {

    private static final String FILE = "content.json";

    private DemoContent() {}

    static List<ContentItem> items(Function<String, OrgUnit> units, Instant now, LocalDate today) {
        return objects(DemoJson.read(FILE), "items").stream()
                .map(o -> item(o, units.apply(string(o, "unit")), now, today))
                .toList();
    }

    private static ContentItem item(JsonObject o, OrgUnit unit, Instant now, LocalDate today) {
        ContentText t = new ContentText();
        t.setTitle(text(o, "title"));
        t.setSummary(orEmpty(text(o, "summary")));
        LocalizedText body = orEmpty(text(o, "body"));
        t.setBody(new LocalizedText(SafeHtml.clean(body.getFa()), SafeHtml.clean(body.getEn())));
        t.setReference(string(o, "reference"));
        t.setIssuer(orEmpty(text(o, "issuer")));
        t.setPlace(orEmpty(text(o, "place")));
        t.setLinkUrl(string(o, "link"));
        t.setDeadline(day(o, "deadlineInDays", today));
        t.setIssuedOn(o.containsKey("issuedOnDaysAgo") ? today.minusDays(o.getInt("issuedOnDaysAgo")) : null);
        t.setStartsOn(day(o, "startsInDays", today));
        t.setEndsOn(day(o, "endsInDays", today));
        Instant published = now.minus(Duration.ofDays(o.getInt("daysAgo", 0))).minus(Duration.ofHours(2));
        ContentItem item = ContentItem.draft(
                ContentKind.valueOf(string(o, "kind")),
                ContentSnapshot.of(unit.getCode(), t, null, null),
                unit,
                "editor",
                published);
        item.publish("manager", published, PortalClock.DEFAULT_ZONE);
        return item;
    }

    private static LocalDate day(JsonObject o, String key, LocalDate today) {
        return o.containsKey(key) ? today.plusDays(o.getInt(key)) : null;
    }

    private static LocalizedText orEmpty(LocalizedText text) {
        return text == null ? new LocalizedText() : text;
    }
}
