/*
 * Forms with files (h:form with data-max-files-bytes): before the form is sent, each chosen file is held to its
 * input's data-max-bytes and all of them together to the form's data-max-files-bytes, the limits the server keeps
 * too (Uploads). A file over the limit is named under its input, in the reader's language, and taken out of the
 * input; nothing is sent, so what was typed and the other files chosen stay as they are.
 */
(function () {
    "use strict";

    function messageOf(input) {
        var field = input.closest(".field") || input.parentNode;
        return field.querySelector("[id*='problem-']");
    }

    function say(element, text) {
        element.textContent = text;
        element.classList.add("field-error");
        element.setAttribute("role", "alert");
    }

    function summaryOf(form) {
        var summary = form.querySelector(".upload-summary");
        if (!summary) {
            summary = document.createElement("p");
            summary.className = "upload-summary";
            var actions = form.querySelector(".actions");
            form.insertBefore(summary, actions || null);
        }
        return summary;
    }

    function check(form) {
        var inputs = form.querySelectorAll("input[type=file][data-max-bytes]");
        var total = 0;
        var first = null;
        Array.prototype.forEach.call(inputs, function (input) {
            Array.prototype.forEach.call(input.files || [], function (file) {
                if (file.size > Number(input.dataset.maxBytes)) {
                    var message = messageOf(input);
                    if (message) {
                        say(message, form.dataset.tooLarge.replace("{name}", file.name));
                    }
                    input.value = "";
                    input.setAttribute("aria-invalid", "true");
                    first = first || input;
                } else {
                    total += file.size;
                }
            });
        });
        if (!first && total > Number(form.dataset.maxFilesBytes)) {
            say(summaryOf(form), form.dataset.tooLargeTogether);
            first = inputs[inputs.length - 1];
        }
        if (first) {
            first.focus();
            return false;
        }
        return true;
    }

    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (form.matches && form.matches("form[data-max-files-bytes]") && !check(form)) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);
})();
