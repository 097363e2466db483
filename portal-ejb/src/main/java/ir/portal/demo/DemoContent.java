package ir.portal.demo;

import static ir.portal.demo.DemoJson.objects;
import static ir.portal.demo.DemoJson.string;
import static ir.portal.demo.DemoJson.text;

import ir.portal.accounts.domain.OrgUnit;
import ir.portal.content.domain.ContentItem;
import ir.portal.content.domain.ContentKind;
import ir.portal.content.domain.ContentSnapshot;
import ir.portal.content.domain.ContentText;
import ir.portal.content.domain.PlannedOutage;
import ir.portal.content.domain.Series;
import ir.portal.content.domain.SeriesLine;
import ir.portal.content.domain.SeriesValue;
import ir.portal.content.domain.SiteContact;
import ir.portal.content.domain.SiteLink;
import ir.portal.i18n.JalaliDate;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.html.SafeHtml;
import ir.portal.platform.time.PortalClock;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The demo content, read from {@code content.json}: news, announcements, tenders (one closed), laws, events, FAQ, a
 * page, links and a form of the company's units, statistics series with a year of weekly values, published some days ago ({@code daysAgo}); deadlines and event days
 * are counted from today.
 */
final class DemoContent {

    private static final String FILE = "content.json";

    /** A few dozen more items of every kind, spread over the year. */
    private static final String MORE = "content-more.json";

    private DemoContent() {}

    /**
     * A published demo item, the motif of its painted cover ({@link DemoCovers}) if it has one, and whether the
     * home page features it.
     */
    record Demo(ContentItem item, String cover, boolean featured) {}

    static List<Demo> items(Function<String, OrgUnit> units, Instant now, LocalDate today) {
        return java.util.stream.Stream.of(FILE, MORE)
                .flatMap(file -> objects(DemoJson.read(file), "items").stream())
                .map(o -> new Demo(
                        item(o, units.apply(string(o, "unit")), now, today),
                        string(o, "cover"),
                        o.getBoolean("featured", false)))
                .toList();
    }

    private static final String[] SUBJECTS = {
        "بهسازی شبکه", "نصب کنتور هوشمند", "تعویض ترانسفورماتور", "کابل خودنگهدار", "روشنایی معابر", "مدیریت مصرف",
        "برق‌رسانی روستایی", "پست زمینی", "خاموشی برنامه‌ریزی‌شده", "انشعاب تازه", "قرائت کنتور", "پرداخت قبض"
    };

    private static final String[] PLACES = {
        "قم", "کهک", "جعفرآباد", "پردیسان", "سلفچگان", "دستجرد", "قنوات", "کوهک", "بلوار امین", "صفائیه"
    };

    /**
     * {@code count} more published news items of every unit, one a few hours apart back in time, for measuring the
     * site search over many items ({@code portal.demo.bulk-items}, bench/site-search.sh).
     */
    static List<ContentItem> bulk(int count, List<OrgUnit> units, Instant now) {
        List<ContentItem> items = new java.util.ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            String subject = SUBJECTS[n % SUBJECTS.length];
            String place = PLACES[(n / SUBJECTS.length) % PLACES.length];
            ContentText t = new ContentText();
            t.setTitle(new LocalizedText(subject + " در " + place + "، شماره‌ی " + n, "News item " + n));
            t.setSummary(new LocalizedText("گزارش " + subject + " در " + place + ".", "Report " + n + "."));
            t.setBody(new LocalizedText(
                    "<p>کار " + subject + " در " + place + " با حضور گروه‌های عملیاتی انجام شد و " + (n % 90 + 10)
                            + " مشترک از آن بهره می‌برند.</p>",
                    "<p>Work done for " + (n % 90 + 10) + " customers.</p>"));
            OrgUnit unit = units.get(n % units.size());
            Instant at = now.minus(Duration.ofHours(3L * n));
            ContentItem item = ContentItem.draft(
                    ContentKind.NEWS, ContentSnapshot.of(unit.getCode(), t, null, null), unit, "editor", at);
            item.publish("manager", at, PortalClock.DEFAULT_ZONE);
            items.add(item);
        }
        return items;
    }

    /** The planned outages of the coming week, in three counties. */
    static List<PlannedOutage> outages(Function<String, OrgUnit> units, Instant now, LocalDate today) {
        return objects(DemoJson.read(FILE), "outages").stream()
                .map(o -> {
                    PlannedOutage outage =
                            new PlannedOutage(units.apply(string(o, "unit")), PlannedOutage.Source.STAFF, null);
                    outage.set(
                            outage.getUnit(),
                            text(o, "county"),
                            text(o, "area"),
                            text(o, "reason"),
                            today.plusDays(o.getInt("inDays")),
                            LocalTime.parse(string(o, "from")),
                            LocalTime.parse(string(o, "to")),
                            "editor",
                            now);
                    return outage;
                })
                .toList();
    }

    /**
     * The statistics series with a year of weekly values, one each Friday (the end of the Iranian week): a yearly
     * wave that is highest in the Jalali week {@code peakWeek}, around {@code base} by {@code swing}, with some
     * noise (the same every time: the random numbers start from the series' code), never below {@code least}.
     */
    static List<SeriesValue> series(
            Function<String, OrgUnit> units, Consumer<Series> persist, Instant now, LocalDate today) {
        List<SeriesValue> values = new ArrayList<>();
        LocalDate lastFriday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        for (JsonObject o : objects(DemoJson.read(FILE), "series")) {
            Series series = new Series(string(o, "code"), units.apply(string(o, "unit")));
            series.describe(
                    series.getUnit(),
                    text(o, "title"),
                    text(o, "about"),
                    text(o, "measure"),
                    Series.Chart.valueOf(string(o, "chart")));
            series.touch("editor", now);
            persist.accept(series);
            Random random = new Random(string(o, "code").hashCode());
            for (JsonObject l : objects(o, "lines")) {
                SeriesLine line = series.addLine(text(l, "name"));
                for (int week = 52; week >= 0; week--) {
                    LocalDate day = lastFriday.minusWeeks(week);
                    JalaliDate jalali = JalaliDate.of(day);
                    int dayOfYear =
                            (int) ChronoUnit.DAYS.between(new JalaliDate(jalali.year(), 1, 1).toLocalDate(), day);
                    double wave = Math.cos(2 * Math.PI * (dayOfYear / 7.0 - l.getInt("peakWeek")) / 52.0);
                    double value =
                            l.getInt("base") + l.getInt("swing") * wave + l.getInt("noise") * random.nextGaussian();
                    values.add(new SeriesValue(
                            line,
                            day,
                            BigDecimal.valueOf(Math.max(l.getInt("least", 0), value))
                                    .setScale(1, RoundingMode.HALF_UP)));
                }
            }
        }
        return values;
    }

    /** The portal expert's banners, quick links and related links, in their order. */
    static List<SiteLink> links(Instant now) {
        List<JsonObject> all = objects(DemoJson.read(FILE), "links");
        List<SiteLink> links = new ArrayList<>();
        for (JsonObject o : all) {
            SiteLink.Place place = SiteLink.Place.valueOf(string(o, "place"));
            SiteLink link = new SiteLink(place, (int)
                    links.stream().filter(l -> l.getPlace() == place).count());
            link.set(text(o, "title"), orEmpty(text(o, "text")), string(o, "address"), "expert", now);
            links.add(link);
        }
        return links;
    }

    /** The organisation's contact details. */
    static SiteContact contact(Instant now) {
        JsonObject o = DemoJson.read(FILE).getJsonObject("contact");
        SiteContact contact = SiteContact.first();
        contact.set(
                text(o, "address"),
                text(o, "hours"),
                string(o, "phone"),
                string(o, "email"),
                string(o, "map"),
                "expert",
                now);
        return contact;
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
