package ir.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.portal.demo.DemoData;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The administrator's accounts list: every demo account with its role, sortable. */
class AccountsPageIT extends BrowserIT {

    @Test
    void theAdministratorSeesEveryAccountWithItsRoleAndSortsThem() {
        browser.signIn("admin", "demo1234");
        browser.open("/admin/accounts.xhtml");
        List<String> names = usernames();
        assertTrue(
                names.containsAll(DemoData.ACCOUNTS.stream()
                        .map(DemoData.DemoAccount::username)
                        .toList()),
                "every demo account: " + names);
        assertEquals(names.stream().sorted().toList(), names, "sorted by user name at first");
        String citizenRow = browser.driver().findElements(By.cssSelector("#accounts\\:table_data tr")).stream()
                .map(WebElement::getText)
                .filter(t -> t.contains("citizen"))
                .findFirst()
                .orElseThrow();
        assertTrue(citizenRow.contains("شهروند"), citizenRow);
        browser.screenshot("admin-accounts-fa");

        List<String> descending =
                names.stream().sorted((a, b) -> b.compareTo(a)).toList();
        // the first click may sort ascending (as the list already is), the second descending: each click waits
        // for its answer before the next, so a slow answer cannot make the clicks cancel each other
        for (int click = 0; click < 3 && !usernames().equals(descending); click++) {
            String before = browser.attribute("#accounts\\:table th.ui-sortable-column", "aria-sort");
            browser.find("#accounts\\:table th.ui-sortable-column").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> !Objects.equals(
                                    before, browser.attribute("#accounts\\:table th.ui-sortable-column", "aria-sort"))
                            && !browser.has("#accounts\\:table .ui-datatable-loading"));
        }
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> usernames().equals(descending));
    }

    /** The user names in the table, read again if an ajax update replaces the rows while reading. */
    private static List<String> usernames() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#accounts\\:table_data tr td:first-child")).stream()
                        .map(WebElement::getText)
                        .map(String::strip)
                        .toList());
    }
}
