package ir.portal.web.my;

import ir.portal.accounts.application.MyAccount;
import ir.portal.accounts.application.Profile;
import ir.portal.accounts.application.SecondFactor;
import ir.portal.desk.application.DeskQueries;
import ir.portal.desk.application.RequestRow;
import ir.portal.platform.paging.Page;
import ir.portal.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Base64;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * {@code /my/profile.xhtml}: the citizen's own data; a new mobile number at once, a new mail address once its
 * link is followed; two-factor sign-in turned on with an authenticator app; their latest requests.
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int LATEST = 5;

    @Inject
    private MyAccount myAccount;

    @Inject
    private SecondFactor secondFactor;

    @Inject
    private DeskQueries queries;

    private Profile profile;
    private String mobile;
    private String email;
    private String secret;
    private String code;
    private List<String> recoveryCodes = List.of();

    @PostConstruct
    void init() {
        profile = myAccount.profile().orElseThrow();
        mobile = profile.mobile();
    }

    public void saveMobile() {
        myAccount.changeMobile(mobile);
        profile = myAccount.profile().orElseThrow();
        Messages.addGlobalInfo(Texts.text("my_profile.mobileSaved"));
    }

    public void changeEmail() {
        myAccount.changeEmail(email);
        Messages.addGlobalInfo(Texts.text("my_profile.emailSent"));
        email = null;
    }

    public void startSecondFactor() {
        secret = secondFactor.newSecret();
    }

    public void confirmSecondFactor() {
        recoveryCodes = myAccount.turnOnSecondFactor(secret, code);
        secret = null;
        code = null;
        profile = myAccount.profile().orElseThrow();
        Messages.addGlobalInfo(Texts.text("my_profile.secondFactorOn"));
    }

    public Page<RequestRow> getLatest() {
        return queries.mine(0, LATEST);
    }

    public String getQrCode() {
        return secret == null
                ? ""
                : "data:image/png;base64,"
                        + Base64.getEncoder().encodeToString(secondFactor.qrCode(profile.username(), secret));
    }

    public String getGroupedSecret() {
        return secret == null ? "" : secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public Profile getProfile() {
        return profile;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isEnrolling() {
        return secret != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }
}
