package ir.portal.content.application;

/** A Jalali month of an archive ({@code year * 100 + month}) and how many items were published in it. */
public record MonthCount(int month, long count) {

    public int year() {
        return month / 100;
    }

    public int monthOfYear() {
        return month % 100;
    }
}
