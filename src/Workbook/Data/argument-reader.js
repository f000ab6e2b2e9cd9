(function () {
  "use strict";
  document.querySelectorAll(".wb-reader:not([data-ready])").forEach(function (root) {
    root.setAttribute("data-ready", "");
    var data = JSON.parse(root.querySelector("script.wb-reader-data").textContent);
    var onPage = !!root.closest(".wb-reader-page");
    var state = { claim: 0, report: 0 };
    var all = function (selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); };
    var one = function (selector) { return root.querySelector(selector); };
    var isolated = function (text) { return "\u2068" + text + "\u2069"; };
    var pairOf = function () { return (data.pairs[state.claim] || [])[state.report]; };

    function fromHash() {
      if (!onPage || location.hash.length < 2) return false;
      var hash = location.hash.slice(1), slash = hash.indexOf("/");
      var claimId = decodeURIComponent(slash < 0 ? hash : hash.slice(0, slash));
      var reportId = slash < 0 ? null : decodeURIComponent(hash.slice(slash + 1));
      var claim = data.claims.findIndex(function (c) { return c.id === claimId; });
      var report = data.reports.findIndex(function (r) { return r.id === reportId; });
      if (claim < 0) return false;
      state.claim = claim;
      if (report >= 0) state.report = report;
      return true;
    }

    function item(parts) {
      var li = document.createElement("li");
      parts.forEach(function (part) {
        var span = document.createElement(part.tag || "span");
        if (part.cls) span.className = part.cls;
        span.textContent = part.text;
        li.appendChild(span);
      });
      return li;
    }

    function show(scroll) {
      all("[data-claim]").forEach(function (el) {
        var on = +el.getAttribute("data-claim") === state.claim;
        el.classList.toggle("on", on);
        if (el.hasAttribute("aria-pressed")) el.setAttribute("aria-pressed", on ? "true" : "false");
      });
      all("mark.claim[data-claims]").forEach(function (mark) {
        mark.classList.toggle("on", mark.getAttribute("data-claims").split(" ").indexOf(String(state.claim)) >= 0);
      });
      if (data.reports.length === 0) return;
      all("article.wb-report").forEach(function (article) { article.hidden = +article.getAttribute("data-report") !== state.report; });
      all("[role=tab]").forEach(function (tab) {
        var r = +tab.getAttribute("data-report"), pair = (data.pairs[state.claim] || [])[r];
        tab.setAttribute("aria-selected", r === state.report ? "true" : "false");
        tab.tabIndex = r === state.report ? 0 : -1;
        tab.querySelector(".badge").textContent = pair ? "· " + pair.relation : "";
      });
      all("span.s.ev").forEach(function (s) {
        s.className = "s";
        s.removeAttribute("data-rank");
      });
      all("span.s.focus").forEach(function (s) { s.classList.remove("focus"); });
      one(".wb-where").textContent = "";
      var claim = data.claims[state.claim], report = data.reports[state.report], pair = pairOf();
      var article = one('article.wb-report[data-report="' + state.report + '"]');
      var list = one("ol.wb-evidence");
      list.textContent = "";
      one(".wb-pair").textContent = isolated(claim.id) + " × " + isolated(report.id) + ": " + (pair ? pair.relation + (pair.cues ? " (" + isolated(pair.cues) + ")" : "") +
        "; own voice: " + pair.own + "; reported: " + pair.reported + (pair.speakers ? " (" + isolated(pair.speakers) + ")" : "") : "no evidence");
      var first = null;
      (pair ? pair.evidence : []).forEach(function (e) {
        var sentence = article.querySelector('span.s[data-start="' + e.start + '"]');
        if (sentence) {
          sentence.classList.add("ev", "rel-" + pair.css);
          sentence.setAttribute("data-rank", String(e.rank));
          sentence.tabIndex = 0;
          first = first || sentence;
        }
        var li = item([
          { tag: "b", text: "#" + e.rank + " " },
          { cls: "rel-" + pair.css, text: pair.relation },
          { text: " · " + e.voice + (e.speaker ? " (" + isolated(e.speaker) + ")" : "") + (e.cues ? " · cues: " + isolated(e.cues) : "") + " · [" + e.start + ", " + e.end + ")" }
        ]);
        li.setAttribute("data-start", String(e.start));
        list.appendChild(li);
      });
      if (onPage) history.replaceState(null, "", "#" + encodeURIComponent(claim.id) + "/" + encodeURIComponent(report.id));
      if (scroll && first) first.scrollIntoView({ block: "nearest" });
    }

    function focusSentence(sentence) {
      all("span.s.focus").forEach(function (s) { s.classList.remove("focus"); });
      sentence.classList.add("focus");
      one(".wb-where").textContent = isolated(data.reports[state.report].id) + " [" + sentence.getAttribute("data-start") + ", " + sentence.getAttribute("data-end") + ")";
      sentence.scrollIntoView({ block: "nearest" });
    }

    root.addEventListener("click", function (event) {
      var target = event.target.closest("[data-claim], [role=tab], span.s, ol.wb-evidence li");
      if (!target || !root.contains(target)) return;
      if (target.hasAttribute("data-claim")) { state.claim = +target.getAttribute("data-claim"); show(true); }
      else if (target.getAttribute("role") === "tab") { state.report = +target.getAttribute("data-report"); show(true); }
      else if (target.tagName === "LI") {
        var article = one('article.wb-report[data-report="' + state.report + '"]');
        var sentence = article && article.querySelector('span.s[data-start="' + target.getAttribute("data-start") + '"]');
        if (sentence) focusSentence(sentence);
      }
      else focusSentence(target);
    });

    root.addEventListener("keydown", function (event) {
      var target = event.target;
      var step = event.key === "ArrowDown" || event.key === "ArrowRight" ? 1 : event.key === "ArrowUp" || event.key === "ArrowLeft" ? -1 : 0;
      if (target.closest && target.closest("ol.wb-claims") && step !== 0 && data.claims.length > 0) {
        state.claim = (state.claim + step + data.claims.length) % data.claims.length;
        show(true);
        one('ol.wb-claims button[data-claim="' + state.claim + '"]').focus();
        event.preventDefault();
      } else if (target.getAttribute && target.getAttribute("role") === "tab" && step !== 0) {
        state.report = (state.report + step + data.reports.length) % data.reports.length;
        show(true);
        one('[role=tab][data-report="' + state.report + '"]').focus();
        event.preventDefault();
      } else if (target.matches && target.matches("span.s") && (event.key === "Enter" || event.key === " ")) {
        focusSentence(target);
        event.preventDefault();
      }
    });

    if (onPage) window.addEventListener("hashchange", function () { if (fromHash()) show(true); });
    fromHash();
    show(false);
  });
})();
