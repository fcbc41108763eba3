// The reader's side panel: clicking a mark shows what dateline read from it. Everything from the
// article is written with textContent (never innerHTML): article text is untrusted.
(function () {
  "use strict";
  const factsNode = document.getElementById("facts");
  const panel = document.getElementById("detail");
  if (!factsNode || !panel) return;
  const facts = JSON.parse(factsNode.textContent);

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function row(card, label, value) {
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) return;
    const p = el("div");
    p.appendChild(el("span", label + ": ", "muted"));
    p.appendChild(el("span", value));
    card.appendChild(p);
  }
  function personLink(name, person, cls) {
    if (!person) return el("span", name);
    const a = el("a", name, cls);
    a.href = "/people/" + encodeURIComponent(person);
    return a;
  }
  function people(card, label, list) {
    if (!list || !list.length) return;
    const p = el("div");
    p.appendChild(el("span", label + ": ", "muted"));
    list.forEach(function (x, i) {
      if (i) p.appendChild(document.createTextNode(", "));
      p.appendChild(personLink(x.name, x.person));
    });
    card.appendChild(p);
  }
  function card(id, f) {
    const c = el("div", null, "card " + f.kind);
    c.dataset.mark = id;
    if (f.kind === "quote") {
      c.appendChild(el("h3", (f.quoteKind || "") + " quote"));
      const who = el("div");
      who.appendChild(el("span", "speaker: ", "muted"));
      who.appendChild(personLink(f.speaker, f.person, "speaker"));
      c.appendChild(who);
      row(c, "resolved by", f.basis);
      row(c, "reported by", f.reportedBy);
      row(c, "cue", f.cue);
      row(c, "channel", f.channel);
      c.appendChild(el("blockquote", f.text));
    } else if (f.kind === "event") {
      c.appendChild(el("h3", f.type + (f.negated ? " (negated)" : "") + (f.hypothetical ? " (hypothetical)" : "")));
      row(c, "trigger", f.trigger);
      people(c, "actors", f.actors);
      people(c, "recipients", f.recipients);
      row(c, "place", f.place ? f.place + (f.placeSource ? " (from the " + f.placeSource + ")" : "") : null);
      row(c, "date", f.date ? f.date + (f.dateSource ? " (from the " + f.dateSource + ")" : "") : null);
      (f.casualties || []).forEach(function (k) {
        row(c, k.status, (k.count === null ? "?" : k.count) + (k.countMax ? "–" + k.countMax : "") + " " + (k.group || ""));
      });
      c.appendChild(el("div", f.sentence, "sentence"));
    } else if (f.kind === "timex") {
      c.appendChild(el("h3", "date"));
      row(c, "text", f.text);
      row(c, "normalised", f.value ? f.value + (f.endValue ? " – " + f.endValue : "") : "not resolved");
      row(c, "anchored on", f.anchor);
    } else {
      c.appendChild(el("h3", f.type));
      const name = el("div");
      name.appendChild(personLink(f.name, f.person));
      c.appendChild(name);
      row(c, "roles", (f.roles || []).join(", "));
      row(c, "place", f.place);
    }
    return c;
  }
  function show(span) {
    document.querySelectorAll(".mark.selected").forEach(function (n) { n.classList.remove("selected"); });
    span.classList.add("selected");
    panel.replaceChildren();
    // the innermost facts first: a quote before the entity mention inside it is read, as people look
    const order = { quote: 0, event: 1, timex: 2, entity: 3 };
    const ids = (span.dataset.marks || "").split(" ").filter(function (id) { return facts[id]; });
    ids.sort(function (a, b) { return order[facts[a].kind] - order[facts[b].kind]; });
    ids.forEach(function (id) { panel.appendChild(card(id, facts[id])); });
  }
  document.getElementById("text").addEventListener("click", function (e) {
    const span = e.target.closest(".mark");
    if (span) show(span);
  });
  document.getElementById("text").addEventListener("keydown", function (e) {
    const span = e.target.closest(".mark");
    if (span && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); show(span); }
  });
})();
