(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.card"));
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  function apply() {
    var shown = 0;
    cards.forEach(function (card) {
      var visible = selects.every(function (s) {
        return !s.value || card.getAttribute("data-" + s.name) === s.value;
      });
      card.hidden = !visible;
      if (visible) { shown += 1; }
    });
    document.getElementById("shown").textContent = shown + " of " + cards.length + " conflicts";
    document.getElementById("none-shown").hidden = shown > 0;
    document.body.setAttribute("data-shown", String(shown));
  }
  function fromLocation() {
    var text = (location.hash || "").replace(/^#/, "") || (location.search || "").replace(/^\?/, "");
    var params = new URLSearchParams(text);
    selects.forEach(function (s) {
      var wanted = params.get(s.name);
      if (wanted !== null && Array.prototype.some.call(s.options, function (o) { return o.value === wanted; })) {
        s.value = wanted;
      }
    });
  }
  function toLocation() {
    var params = new URLSearchParams();
    selects.forEach(function (s) { if (s.value) { params.set(s.name, s.value); } });
    var text = params.toString();
    try { history.replaceState(null, "", text ? "#" + text : location.pathname); } catch (e) { /* file: URLs */ }
  }
  selects.forEach(function (s) { s.addEventListener("change", function () { apply(); toLocation(); }); });
  window.addEventListener("hashchange", function () { fromLocation(); apply(); });
  fromLocation();
  apply();
}());
