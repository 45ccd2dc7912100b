// The experiment pages' charts, drawn with uPlot (served by the viewer): the live progress of a run
// (/runs/<n>: server-sent events from /runs/<n>/events, one JSON object per event as `dlprep run --json`
// prints them) and the comparison of stored runs (/history: the JSON block #compare-data).
(function () {
  "use strict";
  var COLORS = ["#0969da", "#cf222e", "#1a7f37", "#8250df", "#bc4c00", "#0550ae", "#953800", "#6639ba"];

  function plot(el, title, xLabel, labels, data, points) {
    var fg = getComputedStyle(document.documentElement).getPropertyValue("--fg").trim() || "#1f2328";
    var series = [{ label: xLabel }];
    labels.forEach(function (label, i) {
      series.push({ label: label, stroke: COLORS[i % COLORS.length], width: 1.5, spanGaps: true,
        points: { show: points[i] } });
    });
    var axis = { stroke: fg, grid: { stroke: "rgba(128,128,128,0.2)" } };
    return new uPlot({
      title: title, width: Math.max(280, el.clientWidth || 600), height: 260,
      scales: { x: { time: false } }, series: series, axes: [axis, axis]
    }, data, el);
  }

  function seconds(s) {
    if (!isFinite(s)) { return "–"; }
    return s < 90 ? s.toFixed(1) + " s" : Math.floor(s / 60) + " min " + Math.round(s % 60) + " s";
  }

  function number(v) {
    return typeof v === "number" ? Number(v.toPrecision(4)).toString() : String(v);
  }

  function live(section) {
    var byId = function (id) { return document.getElementById(id); };
    var started = Number(section.getAttribute("data-started"));
    var loss = [[], [], [], []];           // x (epochs done), step loss, train loss, test loss
    var acc = [[], [], []];                // x (epoch), train acc, test acc
    var lossPlot = null, accPlot = null, columns = null;
    var fraction = 0, done = false, epochs = 1, plan = "";

    // Each chart's uPlot instance is kept on its element as .uplot, so its data can be inspected (browser tests,
    // the developer tools): document.getElementById("loss-chart").uplot.data
    function redraw() {
      if (loss[0].length > 0) {
        if (lossPlot) { lossPlot.setData(loss); } else {
          lossPlot = plot(byId("loss-chart"), "loss", "epoch", ["step loss", "train loss", "test loss"], loss,
            [false, true, true]);
          byId("loss-chart").uplot = lossPlot;
        }
      }
      if (acc[0].length > 0) {
        if (accPlot) { accPlot.setData(acc); } else {
          accPlot = plot(byId("acc-chart"), "accuracy", "epoch", ["train acc", "test acc"], acc, [true, true]);
          byId("acc-chart").uplot = accPlot;
        }
      }
    }

    function tick() {
      if (done) { return; }
      var elapsed = (Date.now() - started) / 1000;
      byId("elapsed").textContent = seconds(elapsed);
      byId("eta").textContent = fraction > 0 ? seconds(elapsed * (1 - fraction) / fraction) : "–";
    }

    function end(state, text) {
      done = true;
      source.close();
      byId("state").textContent = state;
      byId("eta").textContent = "–";
      var cancel = byId("cancel");
      if (cancel) { cancel.parentNode.remove(); }
      if (text) {
        var p = document.createElement("p");
        p.className = state === "failed" ? "error" : "notice";
        p.textContent = text;
        byId("result").appendChild(p);
      }
    }

    var source = new EventSource(section.getAttribute("data-events"));
    source.addEventListener("started", function (e) {
      var d = JSON.parse(e.data);
      epochs = d.epochs;
      plan = d.epochs + " epochs of " + d.steps_per_epoch + " steps";
      byId("progress").textContent = plan;
    });
    source.addEventListener("step", function (e) {
      var d = JSON.parse(e.data);
      var x = d.epoch - 1 + d.step / d.steps_per_epoch;
      loss[0].push(x); loss[1].push(d.loss); loss[2].push(null); loss[3].push(null);
      fraction = x / epochs;
      byId("progress").textContent = plan + " · epoch " + d.epoch + ", step " + d.step + "/" + d.steps_per_epoch;
      redraw();
    });
    source.addEventListener("epoch", function (e) {
      var d = JSON.parse(e.data);
      var last = loss[0].length - 1;
      if (last < 0 || loss[0][last] !== d.epoch) {
        loss[0].push(d.epoch); loss[1].push(null); loss[2].push(null); loss[3].push(null); last++;
      }
      loss[2][last] = d.train_loss === undefined ? null : d.train_loss;
      loss[3][last] = d.test_loss === undefined ? null : d.test_loss;
      if (d.test_acc !== undefined || d.train_acc !== undefined) {
        acc[0].push(d.epoch);
        acc[1].push(d.train_acc === undefined ? null : d.train_acc);
        acc[2].push(d.test_acc === undefined ? null : d.test_acc);
      }
      fraction = d.epoch / d.epochs;
      if (!columns) {
        columns = Object.keys(d).filter(function (k) { return ["event", "epoch", "epochs", "seconds"].indexOf(k) < 0; });
        columns.forEach(function (k) {
          var th = document.createElement("th"); th.textContent = k; byId("epoch-head").appendChild(th);
        });
      }
      var tr = document.createElement("tr");
      [d.epoch, number(d.seconds)].concat(columns.map(function (k) { return number(d[k]); })).forEach(function (v) {
        var td = document.createElement("td"); td.textContent = v; tr.appendChild(td);
      });
      byId("epoch-rows").appendChild(tr);
      redraw();
    });
    source.addEventListener("message", function (e) {
      var li = document.createElement("li"); li.textContent = JSON.parse(e.data).text; byId("messages").appendChild(li);
    });
    source.addEventListener("result", function (e) {
      var d = JSON.parse(e.data);
      var metrics = Object.keys(d.metrics).map(function (k) { return k + " " + number(d.metrics[k]); }).join(", ");
      end("finished", "result: " + metrics + "; " + seconds(d.total_seconds) + " in all");
      byId("elapsed").textContent = seconds(d.total_seconds);
      var a = document.createElement("a");
      a.href = "/history?compare=" + d.run; a.textContent = "stored as run #" + d.run + " in the history";
      byId("result").appendChild(a);
    });
    source.addEventListener("cancelled", function (e) { end("cancelled", JSON.parse(e.data).text); });
    source.addEventListener("failed", function (e) { end("failed", JSON.parse(e.data).text); });
    setInterval(tick, 500);
  }

  function compare(block) {
    var runs = JSON.parse(block.textContent);
    var n = Math.max.apply(null, runs.map(function (r) { return r.test_loss.length; }));
    var x = [];
    for (var i = 1; i <= n; i++) { x.push(i); }
    function column(key) {
      return runs.map(function (r) {
        return x.map(function (e) { var v = r[key][e - 1]; return v === undefined ? null : v; });
      });
    }
    var labels = runs.map(function (r) { return r.label; });
    var points = runs.map(function () { return true; });
    plot(document.getElementById("compare-loss"), "test loss per epoch", "epoch", labels, [x].concat(column("test_loss")), points);
    var accs = column("test_acc");
    if (accs.some(function (c) { return c.some(function (v) { return v !== null; }); })) {
      plot(document.getElementById("compare-acc"), "test accuracy per epoch", "epoch", labels, [x].concat(accs), points);
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var section = document.getElementById("live");
    if (section) { live(section); }
    var block = document.getElementById("compare-data");
    if (block) { compare(block); }
  });
})();
