/* The explorer (docs/explorer.md): edit the weights into two output nodes and their
   errors, and see both rules for sending the errors back to two hidden nodes.
   No dependencies. The page supplies every word (a JSON block, one per language) and
   the starting values; the build supplies the cases computed by
   snippets/explorer_cases.py, and tests/test_explorer.py types each one in here and
   compares what this shows with the Python's numbers. */
(function () {
  "use strict";
  var NAMES = ["w11", "w21", "w12", "w22", "e1", "e2"];
  var LARGE_SHARE = 10; // snippets/explorer_cases.py's LARGE_SHARE (a test checks)
  var LIMIT = 1e6; // larger inputs get a message instead of a result
  var NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
  var SVG = "http://www.w3.org/2000/svg";
  var HX = 120, OX = 330, Y = [78, 218]; // hidden and output nodes in the drawing

  // Results like the snippets' f"{x:.3g}"; given values like Python's repr (2.0).
  function fmt(x) {
    if (x === 0) return "0";
    var parts = x.toExponential(2).split("e"), exp = +parts[1];
    if (exp < -4 || exp >= 3) {
      var a = Math.abs(exp);
      return parts[0].replace(/\.?0+$/, "") + "e" + (exp < 0 ? "-" : "+") + (a < 10 ? "0" : "") + a;
    }
    return String(+x.toPrecision(3));
  }
  function given(x) { return Number.isInteger(x) ? x.toFixed(1) : String(x); }
  function paren(text) { return text.charAt(0) === "-" ? "(" + text + ")" : text; }

  // One reading of a field: a number, or the key of the message that explains why not.
  function read(text) {
    var t = String(text).trim().replace(/\u2212/g, "-");
    if (t === "") return { error: "empty" };
    if (!NUMBER.test(t)) return { error: "notNumber" };
    var x = Number(t);
    if (!isFinite(x) || Math.abs(x) > LIMIT) return { error: "huge" };
    return { x: x === 0 ? 0 : x };
  }

  // The chapter's split, and W.T @ e, for w[j][k] = w_jk and e[k].
  function compute(w, e) {
    var r = { s: [], share: [[], []], part: [[], []], split: [], wte: [], ratio: [], near: [] };
    for (var k = 0; k < 2; k++) {
      r.s[k] = w[0][k] + w[1][k];
      r.near[k] = false;
      for (var j = 0; j < 2; j++) {
        r.share[j][k] = r.s[k] === 0 ? null : w[j][k] / r.s[k];
        r.part[j][k] = r.share[j][k] === null ? null : r.share[j][k] * e[k];
        if (r.share[j][k] !== null && Math.abs(r.share[j][k]) > LARGE_SHARE) r.near[k] = true;
      }
    }
    var undefinedSplit = r.s[0] === 0 || r.s[1] === 0;
    for (j = 0; j < 2; j++) {
      r.split[j] = undefinedSplit ? null : r.part[j][0] + r.part[j][1];
      r.wte[j] = w[j][0] * e[0] + w[j][1] * e[1];
      r.ratio[j] = r.split[j] === null || r.split[j] === 0 ? null : r.wte[j] / r.split[j];
    }
    return r;
  }

  function el(tag, attrs, text, ns) {
    var node = ns ? document.createElementNS(SVG, tag) : document.createElement(tag);
    for (var key in attrs || {}) node.setAttribute(key, attrs[key]);
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
  }
  // "w" with subscript "jk", as HTML.
  function sym(letter, sub) {
    var span = el("span", { "class": "lw-sym" });
    span.appendChild(el("i", {}, letter));
    span.appendChild(el("sub", {}, sub));
    return span;
  }

  function init() {
    var root = document.getElementById("lw-explorer");
    var wordsNode = document.getElementById("lw-explorer-words");
    if (!root || !wordsNode || root.getAttribute("data-ready")) return;
    root.setAttribute("data-ready", "1");
    var W = JSON.parse(wordsNode.textContent);
    var start = root.getAttribute("data-start").split(" ");
    var out = {}, inputs = {}, messages = {}, labels = {}, announce = null;
    var mode = "split";

    function output(parent, tag, name, attrs) {
      var node = el(tag, attrs || {});
      node.setAttribute("data-var", name);
      out[name] = node;
      parent.appendChild(node);
      return node;
    }
    // Output tables scroll sideways on a phone, so they take the focus to be scrolled by keys.
    function table(caption, heads, focusable) {
      var wrap = el("div", focusable ? { "class": "lw-scroll", role: "region", tabindex: "0", "aria-label": caption } : { "class": "lw-scroll" });
      var t = el("table", { "class": "lw-table" });
      t.appendChild(el("caption", {}, caption));
      var tr = el("tr");
      heads.forEach(function (h) {
        var th = el("th", { scope: "col" });
        th.appendChild(typeof h === "string" ? document.createTextNode(h) : h);
        tr.appendChild(th);
      });
      t.appendChild(el("thead")).appendChild(tr);
      wrap.appendChild(t);
      return { wrap: wrap, body: t.appendChild(el("tbody")) };
    }
    function rowHead(tr, node) {
      var th = el("th", { scope: "row" });
      th.appendChild(node);
      tr.appendChild(th);
    }

    // Cases offered by the build, computed by snippets/explorer_cases.py.
    var cases = el("div", { "class": "lw-cases", hidden: "" });
    root.appendChild(cases);

    // The drawing and the inputs, side by side on a wide screen.
    var grid = root.appendChild(el("div", { "class": "lw-grid" }));
    var svg = el("svg", { viewBox: "0 0 450 290", role: "img", "aria-labelledby": "lw-svg-title", "class": "lw-svg" }, undefined, true);
    svg.appendChild(el("title", { id: "lw-svg-title" }, W.figure, true));
    var modeText = svg.appendChild(el("text", { x: 225, y: 22, "class": "lw-mode-text" }, "", true));
    var links = [[], []];
    for (var j = 0; j < 2; j++) {
      for (var k = 0; k < 2; k++) {
        var line = el("line", { x1: HX, y1: Y[j], x2: OX, y2: Y[k], "class": "lw-link" }, undefined, true);
        var at = function (t, dy) {
          return { x: HX + t * (OX - HX), y: Y[j] + t * (Y[k] - Y[j]) + dy };
        };
        var p1 = at(0.3, -7), p2 = at(0.72, -7);
        links[j][k] = {
          line: svg.appendChild(line),
          weight: svg.appendChild(el("text", { x: p1.x, y: p1.y, "class": "lw-label" }, "", true)),
          part: svg.appendChild(el("text", { x: p2.x, y: p2.y, "class": "lw-label" }, "", true))
        };
      }
    }
    var nodes = { h: [], o: [] };
    for (j = 0; j < 2; j++) {
      ["h", "o"].forEach(function (kind) {
        var x = kind === "h" ? HX : OX;
        svg.appendChild(el("circle", { cx: x, cy: Y[j], r: 24, "class": "lw-node lw-node-" + kind }, undefined, true));
        var name = svg.appendChild(el("text", { x: x, y: Y[j] + 5, "class": "lw-node-name" }, kind, true));
        name.appendChild(el("tspan", { "baseline-shift": "sub", "font-size": "70%" }, String(j + 1), true));
        nodes[kind][j] = svg.appendChild(el("text", {
          x: kind === "h" ? HX - 32 : OX + 32, y: Y[j] + 5, "class": "lw-value lw-value-" + kind
        }, "", true));
      });
    }
    var figure = grid.appendChild(el("figure", { "class": "lw-figure" }));
    figure.appendChild(svg);
    figure.appendChild(el("figcaption", {}, W.legend));

    var controls = grid.appendChild(el("div", { "class": "lw-controls" }));
    var fieldset = controls.appendChild(el("fieldset", { "class": "lw-mode" }));
    fieldset.appendChild(el("legend", {}, W.mode));
    [["split", W.split], ["wte", W.wte]].forEach(function (m) {
      var label = fieldset.appendChild(el("label"));
      var radio = label.appendChild(el("input", { type: "radio", name: "lw-mode", value: m[0], "data-var": "mode-" + m[0] }));
      radio.checked = m[0] === mode;
      radio.addEventListener("change", function () { mode = m[0]; render(false); });
      label.appendChild(document.createTextNode(" " + m[1]));
    });

    var inTable = table(W.inputs, [W.quantity, W.value]);
    controls.appendChild(inTable.wrap);
    NAMES.forEach(function (name, i) {
      var tr = inTable.body.appendChild(el("tr"));
      var label = el("label", { "for": "lw-" + name });
      label.appendChild(sym(name.charAt(0), name.slice(1)));
      var j = +name.charAt(1) - 1, k = +name.charAt(2) - 1;
      label.appendChild(el("span", { "class": "lw-what" }, name.charAt(0) === "w"
        ? fill(W.link, { j: j + 1, k: k + 1 }) : fill(W.error, { k: name.charAt(1) })));
      labels[name] = label;
      rowHead(tr, label);
      var td = tr.appendChild(el("td"));
      var input = td.appendChild(el("input", {
        id: "lw-" + name, type: "text", inputmode: "decimal", autocomplete: "off",
        spellcheck: "false", "data-var": name, "aria-describedby": "lw-hint lw-msg-" + name
      }));
      input.value = start[i];
      messages[name] = td.appendChild(el("span", { id: "lw-msg-" + name, "class": "lw-msg", "data-msg-for": name }));
      input.addEventListener("input", function () { render(true); });
      input.addEventListener("keydown", function (event) {
        var step = { ArrowUp: 1, ArrowDown: -1, PageUp: 10, PageDown: -10 }[event.key];
        var value = read(input.value);
        if (!step || value.error) return;
        event.preventDefault();
        var next = +(value.x + (event.shiftKey ? 10 : 1) * step / 10).toFixed(9);
        input.value = given(next === 0 ? 0 : next);
        render(true);
      });
      inputs[name] = input;
    });
    controls.appendChild(el("p", { id: "lw-hint", "class": "lw-hint" }, W.hint));
    var share = controls.appendChild(el("a", { "class": "lw-share", href: "" }, W.share));

    var live = root.appendChild(el("p", { "class": "lw-live", "aria-live": "polite", "data-var": "summary" }));

    // Every number, in tables: both rules side by side.
    var parts = table(W.parts, [W.linkHead, sym("w", "jk"), W.shareHead, W.partHead, W.term], true);
    root.appendChild(parts.wrap);
    for (k = 0; k < 2; k++) {
      for (j = 0; j < 2; j++) {
        var id = "" + (j + 1) + (k + 1), tr = parts.body.appendChild(el("tr"));
        rowHead(tr, document.createTextNode(fill(W.link, { j: j + 1, k: k + 1 })));
        output(tr, "td", "weight-" + id);
        output(tr, "td", "share-" + id);
        output(tr, "td", "split-" + id, { "class": "lw-col-split" });
        output(tr, "td", "term-" + id, { "class": "lw-col-wte" });
      }
    }
    var hidden = table(W.hidden, [W.node, W.split, W.wte, W.ratio], true);
    root.appendChild(hidden.wrap);
    for (j = 0; j < 2; j++) {
      tr = hidden.body.appendChild(el("tr"));
      rowHead(tr, document.createTextNode(fill(W.hiddenNode, { j: j + 1 })));
      output(tr, "td", "hidden-" + (j + 1), { "class": "lw-col-split" });
      output(tr, "td", "wte-" + (j + 1), { "class": "lw-col-wte" });
      output(tr, "td", "ratio-" + (j + 1));
    }
    var sums = root.appendChild(el("ul", { "class": "lw-sums" }));
    for (k = 0; k < 2; k++) {
      var li = sums.appendChild(el("li"));
      li.appendChild(sym("s", String(k + 1)));
      li.appendChild(document.createTextNode(" = "));
      output(li, "span", "s-" + (k + 1) + "-sum");
      li.appendChild(document.createTextNode(" = "));
      output(li, "span", "s-" + (k + 1));
      messages["s" + (k + 1)] = li.appendChild(el("span", { "class": "lw-msg", "data-msg-for": "s-" + (k + 1) }));
    }
    var eqs = root.appendChild(el("ul", { "class": "lw-equations" }));
    for (j = 0; j < 2; j++) {
      ["split", "wte"].forEach(function (rule) {
        var li = eqs.appendChild(el("li", { "class": "lw-col-" + rule }));
        li.appendChild(el("span", { "class": "lw-eq-name" }, fill(W.hiddenNode, { j: j + 1 }) + ", " + W[rule] + ": "));
        output(li, "span", "eq-" + rule + "-" + (j + 1));
      });
    }

    function show(x) { return x === null || !isFinite(x) ? W.undefined : fmt(x); }
    function set(name, text) {
      out[name].textContent = text;
      out[name].classList.toggle("lw-undefined", text === W.undefined || text === W.blank);
    }
    function differ(a, b) {
      return a === null || b === null || Math.abs(a - b) > 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }

    function render(userEdit) {
      var values = {}, bad = false, url = new URLSearchParams(location.search);
      NAMES.forEach(function (name) {
        var r = read(inputs[name].value);
        messages[name].textContent = r.error ? fill(W[r.error], { limit: LIMIT.toLocaleString() }) : "";
        inputs[name].setAttribute("aria-invalid", r.error ? "true" : "false");
        values[name] = r.x;
        bad = bad || !!r.error;
        url.set(name, inputs[name].value);
      });
      share.href = "?" + url.toString();
      if (userEdit) history.replaceState(history.state, "", "?" + url.toString() + location.hash);
      root.classList.toggle("lw-mode-wte", mode === "wte");
      modeText.textContent = mode === "wte" ? W.wte : W.split;
      if (bad) {
        Object.keys(out).forEach(function (name) { set(name, W.blank); });
        messages.s1.textContent = messages.s2.textContent = "";
        NAMES.forEach(function (n) { if (n.charAt(0) === "w") drawLink(+n.charAt(1) - 1, +n.charAt(2) - 1, null, W.blank); });
        nodes.h.concat(nodes.o).forEach(function (t) { t.textContent = W.blank; });
        say(W.fix);
        return;
      }
      var w = [[values.w11, values.w12], [values.w21, values.w22]], e = [values.e1, values.e2];
      var r = compute(w, e), biggest = 0, notes = [];
      w.forEach(function (row) { row.forEach(function (x) { biggest = Math.max(biggest, Math.abs(x)); }); });
      for (var k = 0; k < 2; k++) {
        set("s-" + (k + 1) + "-sum", given(w[0][k]) + " + " + paren(given(w[1][k])));
        set("s-" + (k + 1), fmt(r.s[k]));
        var note = r.s[k] === 0 ? fill(W.zeroSum, { k: k + 1 })
          : r.near[k] ? fill(W.nearZero, { k: k + 1, s: fmt(r.s[k]), limit: LARGE_SHARE }) : "";
        messages["s" + (k + 1)].textContent = note;
        if (note) notes.push(note);
        nodes.o[k].textContent = "e" + (k + 1) + " = " + given(e[k]);
      }
      for (var j = 0; j < 2; j++) {
        for (k = 0; k < 2; k++) {
          var id = "" + (j + 1) + (k + 1), term = w[j][k] * e[k];
          var d = differ(r.part[j][k], term);
          set("weight-" + id, given(w[j][k]));
          set("share-" + id, show(r.share[j][k]));
          set("split-" + id, show(r.part[j][k]));
          set("term-" + id, fmt(term));
          drawLink(j, k, w[j][k] / (biggest || 1), mode === "wte" ? fmt(term) : show(r.part[j][k]), d);
        }
        var dh = differ(r.split[j], r.wte[j]);
        set("hidden-" + (j + 1), show(r.split[j]));
        set("wte-" + (j + 1), fmt(r.wte[j]));
        set("ratio-" + (j + 1), show(r.ratio[j]));
        nodes.h[j].textContent = mode === "wte" ? fmt(r.wte[j]) : show(r.split[j]);
        nodes.h[j].classList.toggle("lw-diff", dh);
        set("eq-split-" + (j + 1), r.split[j] === null ? W.undefined
          : [0, 1].map(function (k) { return paren(given(e[k])) + "·" + paren(given(w[j][k])) + "/" + paren(fmt(r.s[k])); }).join(" + ")
            + " = " + paren(fmt(r.part[j][0])) + " + " + paren(fmt(r.part[j][1])) + " = " + fmt(r.split[j]));
        set("eq-wte-" + (j + 1), [0, 1].map(function (k) { return paren(given(w[j][k])) + "·" + paren(given(e[k])); }).join(" + ")
          + " = " + fmt(r.wte[j]));
      }
      say(fill(W.live, { split1: show(r.split[0]), split2: show(r.split[1]), wte1: fmt(r.wte[0]), wte2: fmt(r.wte[1]) })
        + (notes.length ? " " + notes.join(" ") : ""));
    }

    // Size by width, sign by dashes as well as colour; labels follow the chosen rule.
    function drawLink(j, k, size, part, differs) {
      var link = links[j][k], name = "w" + (j + 1) + (k + 1);
      var value = read(inputs[name].value);
      link.line.setAttribute("stroke-width", size === null ? 1 : (1 + 7 * Math.abs(size)).toFixed(2));
      link.line.classList.toggle("lw-negative", size !== null && size < 0);
      link.line.classList.toggle("lw-zero", size === 0);
      link.weight.textContent = name + " = " + (value.error ? W.blank : given(value.x));
      link.part.textContent = "\u2190 " + part;
      link.part.classList.toggle("lw-diff", !!differs);
    }

    function say(text) {
      clearTimeout(announce);
      announce = setTimeout(function () { live.textContent = text; }, 300);
    }

    // Values from the URL, as typed: invalid ones get the same messages as typing them.
    var query = new URLSearchParams(location.search);
    NAMES.forEach(function (name) { if (query.has(name)) inputs[name].value = query.get(name); });
    render(false);
    clearTimeout(announce); // announce changes, not the page's first state

    var fallback = document.getElementById("lw-explorer-fallback");
    if (fallback) fallback.hidden = true;
    root.hidden = false;

    var source = document.querySelector('a[href$="explorer-cases.json"]');
    if (source && window.fetch) {
      fetch(source.href).then(function (response) { return response.json(); }).then(function (data) {
        cases.appendChild(el("span", {}, W.cases + " "));
        data.cases.forEach(function (c) {
          var button = cases.appendChild(el("button", { type: "button", "class": "md-button", "data-case": c.id }, W.caseNames[c.id] || c.id));
          button.addEventListener("click", function () {
            var v = [c.W[0][0], c.W[0][1], c.W[1][0], c.W[1][1], c.e_output[0], c.e_output[1]];
            NAMES.forEach(function (name, i) { inputs[name].value = given(v[i]); });
            render(true);
          });
        });
        cases.hidden = false;
      }).catch(function () {});
    }
  }

  // Material's instant navigation swaps pages without reloading; document$ tells when.
  // Building the explorer is a task of its own (about 45 ms with the CPU slowed 4x, as
  // Lighthouse's phone is) rather than a part of Material's start-up task, so a tap during
  // page load waits for the shorter of the two.
  function soon() { setTimeout(init, 0); }
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(soon);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", soon);
  else soon();
})();
