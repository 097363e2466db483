package ir.portal.accounts.application;

import ir.portal.identifiers.NationalId;

/** The account name a person means by what they typed: a national ID in Persian digits or with spaces is the same ID. */
final class Usernames {

    private Usernames() {}

    static String of(String typed) {
        if (typed == null) {
            return "";
        }
        return NationalId.parse(typed).map(NationalId::value).orElse(typed.strip());
    }
}
