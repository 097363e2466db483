package ir.portal.web.desk;

import org.omnifaces.util.Messages;

import ir.portal.desk.application.TooManyAttempts;
import ir.portal.desk.application.Tracking;
import ir.portal.desk.application.TrackingView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /track/?code=&nationalId=}: the public tracking page, a plain GET form so it keeps no session. Shows the
 * request only when the code and the national ID belong together; otherwise one message for every failure.
 */
@Named
@RequestScoped
public class TrackBacking {

    @Inject
    Tracking tracking;

    private String code;
    private String nationalId;
    private TrackingView view;
    private boolean asked;

    public void load() {
        asked = code != null || nationalId != null;
        if (!asked) {
            return;
        }
        try {
            view = tracking.track(code, nationalId, DeskPages.client()).orElse(null);
            if (view == null) {
                Messages.addGlobalError(DeskPages.text("desk_track.notFound"));
            }
        } catch (TooManyAttempts e) {
            Messages.addGlobalError(DeskPages.text("desk_track.tooMany"));
        }
    }

    public TrackingView getView() {
        return view;
    }

    public boolean isAsked() {
        return asked;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String nationalId) {
        this.nationalId = nationalId;
    }
}
