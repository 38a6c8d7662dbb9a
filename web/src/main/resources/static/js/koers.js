// Koers' own script, next to htmx. It sends the CSRF token with htmx's requests and, on the goal tree, opens an
// element's panel, keeps the levels the reader opened when htmx swaps the tree, moves the reader's focus to what
// changed, and moves an element that is dragged onto another (the panel's move form does the same by keyboard).
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

    // A refusal (4xx) is an answer to show: the form again, with the reason beside the field.
    document.addEventListener("htmx:beforeSwap", function (event) {
        var status = event.detail.xhr.status;
        if (status >= 400 && status < 500) {
            event.detail.shouldSwap = true;
            event.detail.isError = false;
        }
    });

    function region() {
        return document.getElementById("tree-region");
    }

    // the tree's filters, to keep on every address it asks for ("" without filters, an attribute Thymeleaf leaves out)
    function filters() {
        return region().dataset.filters || "";
    }

    function elementOf(node) {
        var item = node.closest("li.node, ol.results > li");
        return item ? item.id.substring(2) : null;
    }

    // "Details and changes": load the element's panel into its slot, or close it again.
    document.addEventListener("click", function (event) {
        var button = event.target.closest("button.tools");
        if (!button || !region()) {
            return;
        }
        var id = elementOf(button);
        var panel = document.getElementById("p-" + id);
        if (button.getAttribute("aria-expanded") === "true") {
            panel.innerHTML = "";
            button.setAttribute("aria-expanded", "false");
            return;
        }
        button.setAttribute("aria-expanded", "true");
        htmx.ajax("GET", region().dataset.elements + "/" + encodeURIComponent(id) + filters(),
            {target: panel, swap: "innerHTML"});
    });

    // The levels the reader opened stay open when htmx swaps the tree after a change.
    var opened = [];
    document.addEventListener("htmx:beforeSwap", function (event) {
        if (event.detail.target && event.detail.target.id === "tree-region") {
            opened = Array.prototype.map.call(document.querySelectorAll("#tree-region details[open]"), function (details) {
                return details.parentElement.id;
            });
        }
    });

    document.addEventListener("htmx:afterSettle", function (event) {
        var target = event.detail.target;
        if (target && target.id === "tree-region") {
            opened.forEach(function (id) {
                var item = document.getElementById(id);
                if (item && item.firstElementChild && item.firstElementChild.tagName === "DETAILS") {
                    item.firstElementChild.open = true;
                }
            });
        }
        // the reader's focus goes to what changed: the refused field, else the open panel's title
        var scope = target && target.classList && target.classList.contains("panel") ? target : region();
        if (!scope) {
            return;
        }
        var focus = scope.querySelector("[aria-invalid=true]") || scope.querySelector(".panel .panel-title")
            || scope.querySelector(".panel-title");
        if (focus) {
            var details = focus.closest("details");
            while (details) {
                details.open = true;
                details = details.parentElement.closest("details");
            }
            var tools = focus.closest("li") && focus.closest("li").querySelector("button.tools");
            if (tools) {
                tools.setAttribute("aria-expanded", "true");
            }
            focus.focus();
        }
    });

    // Drag and drop: an element dragged onto another one moves under it; the command-service decides, and a
    // refusal comes back in the dragged element's panel with the template's rule in words.
    var dragged = null;
    document.addEventListener("dragstart", function (event) {
        var item = event.target.closest && event.target.closest("li.node[draggable=true]");
        if (!item) {
            return;
        }
        dragged = item.id.substring(2);
        item.classList.add("dragging");
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", dragged);
        event.stopPropagation();
    });
    document.addEventListener("dragend", function (event) {
        var item = event.target.closest && event.target.closest("li.node");
        if (item) {
            item.classList.remove("dragging");
        }
        document.querySelectorAll(".drop-target").forEach(function (target) {
            target.classList.remove("drop-target");
        });
        dragged = null;
    });
    function dropTarget(event) {
        var item = event.target.closest && event.target.closest("li.node");
        return item && dragged && item.id !== "e-" + dragged && !item.closest("#e-" + CSS.escape(dragged)) ? item : null;
    }
    document.addEventListener("dragover", function (event) {
        var target = dropTarget(event);
        if (target) {
            event.preventDefault();
            event.dataTransfer.dropEffect = "move";
            document.querySelectorAll(".drop-target").forEach(function (other) {
                if (other !== target) {
                    other.classList.remove("drop-target");
                }
            });
            target.classList.add("drop-target");
        }
    });
    document.addEventListener("drop", function (event) {
        var target = dropTarget(event);
        if (!target) {
            return;
        }
        event.preventDefault();
        var id = dragged || event.dataTransfer.getData("text/plain");
        var parent = target.id.substring(2);
        htmx.ajax("POST", region().dataset.elements + "/" + encodeURIComponent(id) + "/parent" + filters(),
            {target: "#tree-region", swap: "outerHTML", values: {parentId: parent}});
    });
})();
