package ir.portal.content.domain;

import ir.portal.platform.domain.BaseEntity;
import ir.portal.platform.domain.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A link the portal expert puts in a {@link Place} of the public pages, at a position among that place's links: its
 * title, for a banner a line of text, and where it goes (a path of the portal or a web address).
 */
@Entity
@Table(name = "site_link")
public class SiteLink extends BaseEntity {

    /** Where on the public pages a link shows. */
    public enum Place {
        /** In the header's menu: the portal's own entries ({@link #getBuiltin}) and the expert's links. */
        MENU,
        /** A banner on the home page: a title, a line of text, a link. */
        BANNER,
        /** A button among the home page's quick links, such as a much-used service. */
        QUICK,
        /** Among the related links at the foot of every public page. */
        RELATED,
        /** A published content item the home page features, with its cover; the link goes to the item. */
        FEATURED
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "place", nullable = false, length = 20)
    private Place place;

    @Column(name = "position", nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "title_fa", length = 200)),
        @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 200))
    })
    private LocalizedText title = new LocalizedText();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "text_fa", length = 500)),
        @AttributeOverride(name = "en", column = @Column(name = "text_en", length = 500))
    })
    private LocalizedText text = new LocalizedText();

    @Column(name = "address", nullable = false, length = 500)
    private String address;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The content item a featured link shows; none for the other places. */
    @Column(name = "item_id")
    private Long itemId;

    /**
     * The portal's own menu entry this is ({@code news}, {@code catalog}…; the pages take its title from their
     * bundles), or none for a link the expert added. Moved and hidden, never changed or removed.
     */
    @Column(name = "builtin", length = 20)
    private String builtin;

    /** Left out of the public pages, kept in the expert's list (only the portal's own entries are hidden). */
    @Column(name = "hidden", nullable = false)
    private boolean hidden;

    protected SiteLink() {}

    /** The home page's featuring of a published item, at a position among the featured ones. */
    public static SiteLink featuring(long itemId, int position) {
        SiteLink link = new SiteLink(Place.FEATURED, position);
        link.itemId = itemId;
        return link;
    }

    public SiteLink(Place place, int position) {
        this.place = place;
        this.position = position;
    }

    public void set(LocalizedText newTitle, LocalizedText newText, String newAddress, String by, Instant now) {
        title = LocalizedText.copyOf(newTitle);
        text = LocalizedText.copyOf(newText);
        address = newAddress;
        updatedBy = by;
        updatedAt = now;
    }

    public void moveTo(int newPosition, String by, Instant now) {
        position = newPosition;
        updatedBy = by;
        updatedAt = now;
    }

    public void setHidden(boolean newHidden, String by, Instant now) {
        hidden = newHidden;
        updatedBy = by;
        updatedAt = now;
    }

    public boolean isBuiltin() {
        return builtin != null;
    }

    public Place getPlace() {
        return place;
    }

    public int getPosition() {
        return position;
    }

    public LocalizedText getTitle() {
        return LocalizedText.copyOf(title);
    }

    public LocalizedText getText() {
        return LocalizedText.copyOf(text);
    }

    public String getAddress() {
        return address;
    }
}
