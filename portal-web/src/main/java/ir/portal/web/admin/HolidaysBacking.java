package ir.portal.web.admin;

import ir.portal.desk.application.HolidayAdministration;
import ir.portal.desk.application.HolidayAdministration.HolidayRow;
import ir.portal.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Messages;

/** {@code /admin/holidays.xhtml}: the official holidays the due dates skip, kept by the admin. */
@Named
@ViewScoped
public class HolidaysBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HolidayAdministration holidays;

    private List<HolidayRow> rows;
    private LocalDate day;
    private String nameFa;
    private String nameEn;

    @PostConstruct
    void init() {
        rows = holidays.holidays();
    }

    public void add() {
        holidays.add(day, nameFa, nameEn);
        day = null;
        nameFa = null;
        nameEn = null;
        Messages.addGlobalInfo(Texts.text("desk_holidays.added"));
        rows = holidays.holidays();
    }

    public void remove(HolidayRow row) {
        holidays.remove(row.id());
        Messages.addGlobalInfo(Texts.text("desk_holidays.removed"));
        rows = holidays.holidays();
    }

    public List<HolidayRow> getRows() {
        return rows;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getNameFa() {
        return nameFa;
    }

    public void setNameFa(String nameFa) {
        this.nameFa = nameFa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }
}
