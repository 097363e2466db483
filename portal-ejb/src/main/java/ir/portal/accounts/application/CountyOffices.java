package ir.portal.accounts.application;

import java.io.Serializable;
import java.util.List;

/** A county and its counter offices, for the public list of counter offices by county. */
public record CountyOffices(String countyFa, String countyEn, List<CounterOffice> offices) implements Serializable {

    /** The county in the reader's language, Persian when there is no English. */
    public String county(String language) {
        return "en".equals(language) && countyEn != null ? countyEn : countyFa;
    }
}
