package ir.portal.catalog.application;

import ir.portal.catalog.domain.Vocabulary.Audience;
import ir.portal.catalog.domain.Vocabulary.LifeEvent;
import ir.portal.catalog.domain.Vocabulary.ServiceLevel;
import ir.portal.catalog.domain.Vocabulary.ServiceType;

/** What a visitor asks the catalog: words to find and any of the filters; null means "any". */
public record CatalogQuery(
        String text, ServiceType type, Audience audience, LifeEvent lifeEvent, ServiceLevel level, String unitCode) {

    public static CatalogQuery all() {
        return new CatalogQuery(null, null, null, null, null, null);
    }

    public static CatalogQuery text(String text) {
        return new CatalogQuery(text, null, null, null, null, null);
    }
}
