// Filters the cards of this page. The state lives in the #fragment (q, type, from, to, stance, lanes)
// so that a filtered view can be bookmarked or shared.
(function () {
  'use strict';
  var form = document.getElementById('filters');
  var grid = document.getElementById('timeline');
  var cards = Array.prototype.slice.call(document.querySelectorAll('.card'));
  var all = function (sel) { return Array.prototype.slice.call(document.querySelectorAll(sel)); };

  function checked(name) {
    return all('input[name="' + name + '"]').filter(function (i) { return i.checked; })
      .map(function (i) { return i.value; });
  }

  function apply() {
    var q = form.q.value.trim().toLowerCase();
    var type = form.type.value;
    var from = form.from.value;
    var to = form.to.value;
    var stances = checked('stance');
    var lanes = checked('lane');
    var shown = 0;
    var rows = {};
    cards.forEach(function (c) {
      var d = c.dataset;
      var ok = stances.indexOf(d.stance) >= 0 && lanes.indexOf(d.lane) >= 0
        && (!type || d.type === type)
        && (!from || (d.end && d.end >= from))
        && (!to || (d.start && d.start <= to))
        && (!q || c.textContent.toLowerCase().indexOf(q) >= 0);
      c.hidden = !ok;
      if (ok) { shown++; rows[c.parentNode.dataset.row] = true; }
    });
    all('.lane-head').forEach(function (el) { el.hidden = lanes.indexOf(el.dataset.lane) < 0; });
    all('.date').forEach(function (el) { el.hidden = !rows[el.dataset.row]; });
    all('.cell').forEach(function (el) {
      el.hidden = !rows[el.dataset.row] || lanes.indexOf(el.dataset.lane) < 0;
    });
    grid.style.setProperty('--lanes', Math.max(lanes.length, 1));
    document.getElementById('shown').textContent = shown;
  }

  function readHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    form.q.value = params.get('q') || '';
    form.type.value = params.get('type') || '';
    form.from.value = params.get('from') || '';
    form.to.value = params.get('to') || '';
    ['stance', 'lane'].forEach(function (name) {
      var value = params.get(name === 'stance' ? 'stance' : 'lanes');
      var wanted = value === null ? null : value.split(',');
      all('input[name="' + name + '"]').forEach(function (i) {
        i.checked = wanted === null || wanted.indexOf(i.value) >= 0;
      });
    });
  }

  function writeHash() {
    var params = new URLSearchParams();
    ['q', 'type', 'from', 'to'].forEach(function (k) { if (form[k].value) { params.set(k, form[k].value); } });
    var boxes = { stance: 'stance', lane: 'lanes' };
    Object.keys(boxes).forEach(function (name) {
      var on = checked(name);
      if (on.length < all('input[name="' + name + '"]').length) { params.set(boxes[name], on.join(',')); }
    });
    history.replaceState(null, '', '#' + params.toString());
  }

  form.addEventListener('input', function () { apply(); writeHash(); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(function () { apply(); writeHash(); }, 0); });
  window.addEventListener('hashchange', function () { readHash(); apply(); });
  readHash();
  apply();
  document.documentElement.setAttribute('data-ready', 'true');
}());
