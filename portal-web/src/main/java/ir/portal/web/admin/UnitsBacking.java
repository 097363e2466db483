package ir.portal.web.admin;

import ir.portal.accounts.application.UnitAdministration;
import ir.portal.accounts.application.UnitForm;
import ir.portal.accounts.application.UnitNode;
import ir.portal.accounts.application.UnitTree;
import ir.portal.accounts.domain.UnitKind;
import ir.portal.web.i18n.Language;
import ir.portal.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * {@code /admin/units.xhtml}: the tree of units, and the form that adds a unit or edits the one picked in the
 * tree. A refused save keeps everything typed and names each field in trouble.
 */
@Named
@ViewScoped
public class UnitsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A parent's label is indented by two no-break spaces a level, which a select keeps. */
    private static final String INDENT = "\u00A0\u00A0";

    private static final List<UnitKind> KINDS = List.of(UnitKind.values());

    @Inject
    UnitAdministration units;

    @Inject
    Language language;

    private UnitTree tree;
    private UnitForm form;
    private List<ParentChoice> parents;

    public void load() {
        tree = units.tree();
        startNew();
    }

    public void startNew() {
        show(new UnitForm());
    }

    public void edit(UnitNode node) {
        show(units.edit(node.unit().id()));
    }

    public void save() {
        if (form.getId() == null) {
            units.create(form);
        } else {
            units.update(form.getId(), form);
        }
        String name = "en".equals(language.getCode()) ? form.getNameEn() : form.getNameFa();
        Messages.addGlobalInfo(Texts.text("admin_units.saved"), name.strip());
        tree = units.tree();
        startNew();
    }

    private void show(UnitForm shown) {
        form = shown;
        parents = tree.parentsFor(shown.getId() == null ? null : shown.getCode()).stream()
                .map(n -> new ParentChoice(
                        n.unit().code(), INDENT.repeat(n.depth()) + n.unit().name(language.getCode())))
                .toList();
    }

    public UnitTree getTree() {
        return tree;
    }

    public UnitForm getForm() {
        return form;
    }

    public List<ParentChoice> getParents() {
        return parents;
    }

    public List<UnitKind> getKinds() {
        return KINDS;
    }

    /** A unit the form offers as the parent: its code, and its name indented by its depth in the tree. */
    public record ParentChoice(String code, String label) implements Serializable {}
}
