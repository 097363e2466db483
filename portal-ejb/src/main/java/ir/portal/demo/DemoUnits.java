package ir.portal.demo;

import static ir.portal.demo.DemoJson.objects;
import static ir.portal.demo.DemoJson.string;
import static ir.portal.demo.DemoJson.text;
import static ir.portal.demo.DemoJson.value;

import ir.portal.accounts.domain.MapLink;
import ir.portal.accounts.domain.OrgUnit;
import ir.portal.accounts.domain.Premises;
import ir.portal.accounts.domain.UnitKind;
import ir.portal.accounts.domain.UnitRepository;
import ir.portal.platform.domain.LocalizedText;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo unit tree, read from {@code units.json}: the headquarters with two departments and three district
 * offices under it, and five counter offices under the district offices in the counties of Qom, Jafarabad and
 * Kahak. The file lists a unit before the units under it.
 */
final class DemoUnits {

    /** The last unit of the file: a server that has it has the tree. */
    static final String LAST = "KAHAK-1";

    private static final Logger LOG = Logger.getLogger(DemoUnits.class.getName());

    private static final String FILE = "units.json";

    private DemoUnits() {}

    /**
     * Adds the units the server does not have and puts every unit of the file under its parent. Units that exist
     * (those of the first demo release, HQ, QOM-1 and QOM-2) keep their names and kinds.
     */
    static void place(UnitRepository units) {
        List<JsonObject> tree = objects(DemoJson.read(FILE), "units");
        for (JsonObject o : tree) {
            OrgUnit unit = units.byCode(string(o, "code")).orElseGet(() -> {
                OrgUnit created = unit(o);
                units.add(created);
                return created;
            });
            String parent = string(o, "parent");
            unit.moveUnder(parent == null ? null : units.byCode(parent).orElseThrow());
        }
        LOG.info(() -> "Demo unit tree placed: " + tree.size() + " units");
    }

    private static OrgUnit unit(JsonObject o) {
        LocalizedText name = text(o, "name");
        return new OrgUnit(
                string(o, "code"), name.getFa(), name.getEn(), value(o, "kind", UnitKind.class), premises(o));
    }

    private static Premises premises(JsonObject o) {
        if (!o.containsKey("county")) {
            return Premises.none();
        }
        LocalizedText county = text(o, "county");
        LocalizedText address = text(o, "address");
        LocalizedText hours = text(o, "hours");
        return new Premises(
                county.getFa(),
                county.getEn(),
                address.getFa(),
                address.getEn(),
                string(o, "phone"),
                hours.getFa(),
                hours.getEn(),
                new MapLink(string(o, "map")));
    }
}
