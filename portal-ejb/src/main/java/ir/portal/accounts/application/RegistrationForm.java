package ir.portal.accounts.application;

/** What a citizen types to register; the language is the one the page was read in (their mail comes in it). */
public record RegistrationForm(
        String nationalId, String displayName, String mobile, String email, String password, String language) {

    @Override
    public String toString() {
        return "RegistrationForm[" + nationalId + ", " + email + "]";
    }
}
