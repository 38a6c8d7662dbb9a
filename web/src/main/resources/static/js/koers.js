// Koers' own script, next to htmx: the CSRF header for htmx's requests, and (on the goal tree) dragging an element
// onto another to move it there. Everything it does can also be done without it: drag and drop has the move form.
(function () {
    "use strict";

    // Spring Security wants the session's CSRF token with every change; the layout puts it in two meta tags.
    document.addEventListener("htmx:configRequest", function (event) {
        var header = document.querySelector("meta[name=csrf-header]");
        var token = document.querySelector("meta[name=csrf-token]");
        if (header && token) {
            event.detail.headers[header.content] = token.content;
        }
    });

    // htmx swaps in refusals (4xx) as well: they are pages of their own with the reason next to the field.
    document.addEventListener("htmx:beforeSwap", function (event) {
        var status = event.detail.xhr.status;
        if (status >= 400 && status < 500) {
            event.detail.shouldSwap = true;
            event.detail.isError = false;
        }
    });
})();
