package ir.portal.accounts.application;

import ir.portal.accounts.domain.OrgUnit;
import ir.portal.accounts.domain.UnitRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /** The counties by their Persian names as the database sorts them, each with its offices by name; one query. */
    public List<CountyOffices> counterOfficesByCounty() {
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
                        offices.stream().map(CounterOffice::of).toList()))
                .toList();
    }
}
