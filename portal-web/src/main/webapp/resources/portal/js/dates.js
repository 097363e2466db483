/*
 * The portal's date inputs (the pt:date tag): the Jalali calendar of @majidh1/jalalidatepicker on every
 * input[data-jdp], with the month and weekday names of the page's language (from the input's data-* attributes,
 * which come from the bundles) and Persian digits on a Persian page. The picker reads and writes Latin digits;
 * a Persian page shows Persian digits in the field whenever it is not being worked on. The server accepts
 * Persian, Arabic and Latin digits alike (JalaliDateConverter).
 */
(function () {
    "use strict";
    var PERSIAN = "۰۱۲۳۴۵۶۷۸۹";
    var ARABIC = "٠١٢٣٤٥٦٧٨٩";
    var SELECTOR = "input[data-jdp]";

    function latin(text) {
        return text
            .replace(/[۰-۹]/g, function (d) { return String(PERSIAN.indexOf(d)); })
            .replace(/[٠-٩]/g, function (d) { return String(ARABIC.indexOf(d)); });
    }

    function persian(text) {
        return text.replace(/[0-9]/g, function (d) { return PERSIAN.charAt(Number(d)); });
    }

    function dateInput(event) {
        var target = event.target;
        return target && target.matches && target.matches(SELECTOR) ? target : null;
    }

    /* The picker writes its footer's labels in Persian: give them the page's words. */
    function relabel(container, labels) {
        var today = container.querySelector(".jdp-btn-today");
        var clear = container.querySelector(".jdp-btn-empty");
        if (today && today.textContent !== labels.today) {
            today.textContent = labels.today;
        }
        if (clear && clear.textContent !== labels.clear) {
            clear.textContent = labels.clear;
        }
    }

    /* the picker may show itself again from its own handlers and timers: hide it after them too, unless the
       person is back in a date field or in the picker by then */
    function hideNowAndAfter() {
        jalaliDatepicker.hide();
        [0, 150, 400].forEach(function (delay) {
            window.setTimeout(function () {
                var active = document.activeElement;
                var inside = active && active.closest && (active.matches(SELECTOR) || active.closest("jdp-container"));
                if (!inside) {
                    jalaliDatepicker.hide();
                }
            }, delay);
        });
    }

    function start() {
        var first = document.querySelector(SELECTOR);
        if (!first || !window.jalaliDatepicker) {
            return;
        }
        var persianPage = document.documentElement.lang !== "en";
        var labels = {today: first.dataset.today, clear: first.dataset.clear};
        // before the picker (which listens on the body) reads the field; moving on with the keyboard closes it
        document.addEventListener("focusin", function (event) {
            var input = dateInput(event);
            if (input) {
                input.value = latin(input.value);
            } else if (!(event.target.closest && event.target.closest("jdp-container"))) {
                hideNowAndAfter();
            }
        }, true);
        // Tab from a date field goes on to the next field, never into the picker (whose days would then cover
        // what follows, a button the person means to press)
        document.addEventListener("keydown", function (event) {
            if (event.key === "Tab" && dateInput(event)) {
                hideNowAndAfter();
            }
        }, true);
        if (persianPage) {
            var show = function (event) {
                var input = dateInput(event);
                if (input) {
                    input.value = persian(input.value);
                }
            };
            document.addEventListener("focusout", show, true);
            document.addEventListener("change", show, true);
            Array.prototype.forEach.call(document.querySelectorAll(SELECTOR), function (input) {
                input.value = persian(input.value);
            });
        }
        jalaliDatepicker.startWatch({
            months: first.dataset.months.split(","),
            days: first.dataset.weekdays.split(","),
            persianDigits: persianPage,
            autoReadOnlyInput: false,
            showCloseBtn: false,
            zIndex: 2000
        });
        new MutationObserver(function () {
            var container = document.querySelector("jdp-container");
            if (container) {
                relabel(container, labels);
            }
        }).observe(document.body, {childList: true, subtree: true});
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
