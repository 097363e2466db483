package ir.portal.web.track;

import ir.portal.desk.application.Tracking;
import ir.portal.desk.application.TrackingView;
import ir.portal.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /track/}: the public tracking page, a plain form without view state so it keeps no session; posted, so
 * the national ID stays out of addresses, histories and logs (a link with {@code ?code=&nationalId=} works too).
 * Shows the request only when the code and the national ID belong together; otherwise one message for every
 * failure.
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
        Faces.getResponse().setHeader("Cache-Control", "no-store");
        view = tracking.track(code, nationalId).orElse(null);
        if (view == null) {
            Messages.addGlobalError(Texts.text("desk_track.notFound"));
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
