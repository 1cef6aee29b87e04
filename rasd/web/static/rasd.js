// Article view: hovering a marked piece highlights every piece of the same annotation; clicking (or Enter)
// shows the side panel's entries for it (canonical names, codes, speaker, source → target) next to the text.
(function () {
  "use strict";
  const body = document.querySelector(".article .body");
  const box = document.getElementById("detail");
  if (!body || !box) return;

  const ids = (el) => (el.dataset.ann || "").split(" ").filter(Boolean);
  const pieces = (id) => document.querySelectorAll('.seg[data-ann~="' + id + '"]');
  const entries = (id) => document.querySelectorAll('.ann[data-for~="' + id + '"]');

  function highlight(el, on) {
    for (const id of ids(el)) {
      pieces(id).forEach((p) => p.classList.toggle("hl", on));
      entries(id).forEach((p) => p.classList.toggle("hl", on));
    }
  }

  function show(el) {
    box.replaceChildren();
    const list = document.createElement("ul");
    for (const id of ids(el)) {
      entries(id).forEach((entry) => {
        const copy = entry.cloneNode(true);
        copy.removeAttribute("id");
        copy.classList.remove("hl");
        list.appendChild(copy);
      });
    }
    if (!list.children.length) { hide(); return; }
    box.appendChild(list);
    const r = el.getBoundingClientRect();
    box.hidden = false;
    const left = Math.max(8, Math.min(window.scrollX + r.right - box.offsetWidth, window.scrollX + document.documentElement.clientWidth - box.offsetWidth - 8));
    box.style.setProperty("left", left + "px");
    box.style.setProperty("top", (window.scrollY + r.bottom + 6) + "px");
  }

  function hide() { box.hidden = true; box.replaceChildren(); }

  const marked = (target) => target.closest(".seg[data-ann], .q-badge[data-ann], .v-badge[data-ann]");
  body.addEventListener("mouseover", (e) => { const el = marked(e.target); if (el) highlight(el, true); });
  body.addEventListener("mouseout", (e) => { const el = marked(e.target); if (el) highlight(el, false); });
  body.addEventListener("click", (e) => { const el = marked(e.target); if (el) { show(el); e.stopPropagation(); } });
  body.addEventListener("keydown", (e) => { const el = marked(e.target); if (el && e.key === "Enter") show(el); });
  document.addEventListener("click", (e) => { if (!box.contains(e.target)) hide(); });
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") hide(); });
})();
