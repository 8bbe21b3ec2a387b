/* The served page: every change of a control asks the local server to recompute (GET /api/report) and redraws. */
(function () {
  'use strict';
  var form = document.getElementById('controls');
  var error = document.getElementById('error');
  var pending = 0;

  function query() {
    var q = new URLSearchParams();
    Array.prototype.forEach.call(form.elements, function (e) {
      if (!e.name || (e.type === 'checkbox' && !e.checked)) { return; }
      if (e.value.trim() !== '') { q.append(e.name, e.value.trim()); }
    });
    return q.toString();
  }

  function recompute() {
    var mine = ++pending;
    document.body.setAttribute('data-state', 'computing');
    fetch('api/report?' + query()).then(function (r) {
      return r.text().then(function (body) { return { ok: r.ok, body: body }; });
    }).then(function (r) {
      if (mine !== pending) { return; }
      if (!r.ok) {
        error.textContent = r.body;
      } else {
        error.textContent = '';
        window.cambrianDraw(JSON.parse(r.body), document.getElementById('report'));
      }
      document.body.setAttribute('data-state', r.ok ? 'drawn' : 'rejected');
    }).catch(function (e) {
      error.textContent = 'error: ' + e;
      document.body.setAttribute('data-state', 'rejected');
    });
  }

  form.addEventListener('change', recompute);
  document.body.setAttribute('data-state', 'drawn');
})();
