package ir.portal.desk.domain;

import ir.portal.accounts.domain.Account;
import ir.portal.identifiers.MobileNumber;
import ir.portal.identifiers.NationalId;

/**
 * The person a request is for. A citizen who submits for themselves is also the account, under its national ID;
 * one who files for someone else (a parent, a company) gives that person's ID and says so ({@code onBehalf}); a
 * counter-office clerk submits for someone who may have no account, and that person follows the request by code
 * and national ID.
 */
public record Applicant(
        Account account, NationalId nationalId, String name, MobileNumber mobile, String email, boolean onBehalf) {

    public Applicant(Account account, NationalId nationalId, String name, MobileNumber mobile, String email) {
        this(account, nationalId, name, mobile, email, false);
    }
}
