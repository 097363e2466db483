/* The visitor widget: asks /visitors.json (which counts this visitor) and writes the figures in the page's
   language and calendar, so the page around it is the same for everyone and can be kept. */
(function () {
    "use strict";
    var box = document.getElementById("visitors");
    if (!box || !window.fetch) {
        return;
    }
    var english = document.documentElement.lang === "en";
    var numbers = new Intl.NumberFormat(english ? "en" : "fa-IR");
    var days = new Intl.DateTimeFormat(english ? "en-u-ca-persian" : "fa-IR-u-ca-persian",
        {year: "numeric", month: "long", day: "numeric", timeZone: "UTC"});
    fetch("/visitors.json", {credentials: "same-origin"})
        .then(function (answer) { return answer.json(); })
        .then(function (figures) {
            ["online", "peak", "today", "yesterday", "total"].forEach(function (name) {
                var place = box.querySelector("[data-figure='" + name + "']");
                if (place) {
                    place.textContent = numbers.format(figures[name]);
                }
            });
            var peakOn = box.querySelector("[data-figure='peakOn']");
            if (peakOn && figures.peakOn) {
                peakOn.textContent = days.format(new Date(figures.peakOn + "T12:00:00Z"));
            }
            box.classList.add("counted");
        })
        .catch(function () { box.hidden = true; });
}());
