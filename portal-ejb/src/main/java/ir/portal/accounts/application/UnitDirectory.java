package ir.portal.accounts.application;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import ir.portal.accounts.domain.AccountRepository;
import ir.portal.accounts.domain.OrgUnit;
import ir.portal.accounts.domain.UnitKind;
import ir.portal.accounts.domain.UnitRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What anyone may read of the units: the counter offices of the unit tree by county, with address, phone, hours
 * and map link, for the public page of counter offices.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class UnitDirectory {

    @Inject
    UnitRepository units;

    @Inject
    AccountRepository accounts;

    /** A unit that has a sub-site (every unit but the counter offices), by its code. */
    public Optional<UnitChoice> site(String code) {
        return units.byCode(code)
                .filter(u -> u.getKind() != UnitKind.COUNTER_OFFICE)
                .map(UnitChoice::of);
    }

    /** The units that have a sub-site, in Persian alphabetical order. */
    public List<UnitChoice> sites() {
        Collator persian = Collator.getInstance(new ULocale("fa"));
        return accounts.units().stream()
                .filter(u -> u.getKind() != UnitKind.COUNTER_OFFICE)
                .map(UnitChoice::of)
                .sorted(Comparator.comparing(UnitChoice::nameFa, persian))
                .toList();
    }

    /**
     * The counties in Persian alphabetical order (ICU's collation: the database's own order puts Arabic-coded and
     * Persian letters apart), each with its offices in the same order; one query.
     */
    public List<CountyOffices> counterOfficesByCounty() {
        Collator persian = Collator.getInstance(new ULocale("fa"));
        Map<String, List<OrgUnit>> byCounty = new LinkedHashMap<>();
        for (OrgUnit office : units.counterOffices()) {
            byCounty.computeIfAbsent(Objects.toString(office.premises().getCountyFa(), ""), c -> new ArrayList<>())
                    .add(office);
        }
        return byCounty.values().stream()
                .map(offices -> new CountyOffices(
                        offices.get(0).premises().getCountyFa(),
                        offices.stream()
                                .map(o -> o.premises().getCountyEn())
                                .filter(Objects::nonNull)
                                .findFirst()
                                .orElse(null),
                        offices.stream()
                                .map(CounterOffice::of)
                                .sorted(Comparator.comparing(CounterOffice::nameFa, persian))
                                .toList()))
                .sorted(Comparator.comparing(c -> Objects.toString(c.countyFa(), ""), persian))
                .toList();
    }
}
