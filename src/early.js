(() => {
  // Until the picker is live, taps on regions go to the address it starts from (headers.rs).
  const root = document.documentElement;
  const early = (event) => root.dataset.picker !== "ready" && event.target.closest?.("#picker-app");
  const toggle = (id) => {
    const parts = location.search.slice(1).split("&").filter((p) => p && !p.startsWith("regions="));
    const now = (location.search.match(/[?&]regions=([^&]*)/) || [])[1] || "";
    const ids = now.split(",").filter(Boolean);
    const on = !ids.includes(id);
    const next = on ? [...ids, id] : ids.filter((i) => i !== id);
    if (next.length) parts.unshift("regions=" + next.join(","));
    history.replaceState(null, "", location.pathname + (parts.length ? "?" + parts.join("&") : ""));
    for (const g of document.querySelectorAll("#picker-app [data-region]")) {
      if (g.dataset.region === id) g.setAttribute("aria-checked", String(on));
    }
  };
  const region = (event) => early(event) && event.target.closest("[data-region]");
  document.addEventListener("click", (event) => {
    const g = region(event);
    if (g) toggle(g.dataset.region);
    // The phone's front/back switch.
    const side = early(event) && event.target.closest(".view-switch button");
    if (side) {
      const back = side === side.parentNode.lastElementChild;
      side.parentNode.nextElementSibling.classList.toggle("show-back", back);
      for (const b of side.parentNode.children) b.setAttribute("aria-pressed", String(b === side));
    }
  }, true);
  document.addEventListener("keydown", (event) => {
    const g = region(event);
    if (g && (event.key === " " || event.key === "Enter")) {
      event.preventDefault();
      toggle(g.dataset.region);
    }
  }, true);
  document.addEventListener("change", (event) => {
    if (early(event) && event.target.name === "whole-body") toggle("whole-body");
  }, true);
})();
