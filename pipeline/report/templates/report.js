(() => {
  "use strict";
  const select = document.getElementById("actor-select");
  const status = document.getElementById("filter-status");
  const chips = [...document.querySelectorAll("button.chip")];
  const filtered = [...document.querySelectorAll("[data-actors]")].map(
    (el) => [el, new Set(el.dataset.actors.split(" ").filter(Boolean))]);
  const total = document.querySelectorAll("article.article").length;
  const marks = document.querySelectorAll("mark.e[data-a]");

  // Show only what involves one actor ("" = everything).
  function apply(actor) {
    let shown = 0;
    for (const [el, actors] of filtered) {
      el.hidden = actor !== "" && !actors.has(actor);
      if (!el.hidden && el.matches("article.article")) shown += 1;
    }
    for (const m of marks) m.classList.toggle("focus", actor !== "" && m.dataset.a === actor);
    for (const c of chips) c.setAttribute("aria-pressed", String(c.dataset.actor === actor));
    select.value = actor;
    const name = actor === "" ? "" : select.selectedOptions[0].dataset.name;
    status.textContent = actor === "" ? `all ${total} articles` : `${shown} of ${total} articles involve ${name}`;
    document.dispatchEvent(new CustomEvent("actor-filter", { detail: actor }));  // the interactive network follows
  }

  for (const c of chips) c.addEventListener("click", () => apply(c.dataset.actor === select.value ? "" : c.dataset.actor));
  select.addEventListener("change", () => apply(select.value));
  document.getElementById("actor-clear").addEventListener("click", () => apply(""));

  // "in text" links open the collapsed article text and point at the sentence.
  document.addEventListener("click", (event) => {
    const link = event.target.closest("a.jump");
    const target = link && document.getElementById(link.hash.slice(1));
    if (!target) return;
    event.preventDefault();
    const details = target.closest("details");
    if (details) details.open = true;
    let shaded = target;  // the anchor is empty: flash the shaded stretch after it
    while (shaded.tagName === "A" && shaded.nextElementSibling) shaded = shaded.nextElementSibling;
    shaded.scrollIntoView({ block: "center" });
    shaded.classList.add("flash");
    setTimeout(() => shaded.classList.remove("flash"), 1500);
  });
})();
