package ir.portal.web.content;

import ir.portal.accounts.application.CountyOffices;
import ir.portal.accounts.application.UnitDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /offices.xhtml}: the counter offices by county, where they are, how to call them, when they are open. */
@Named
@RequestScoped
public class OfficesBacking {

    @Inject
    private UnitDirectory directory;

    private List<CountyOffices> counties;

    public void load() {
        counties = directory.counterOfficesByCounty();
    }

    public List<CountyOffices> getCounties() {
        return counties;
    }
}
