// 计分设置 form: adds and removes execution-rate tiers, shows the tiers only for the 分档法, and sums the weights.
(function () {
  var form = document.getElementById('scoring-form');
  if (!form) { return; }
  var body = form.querySelector('#tier-table tbody');
  var section = document.getElementById('tier-section');

  function halfWidth(text) {
    return (text || '').replace(/[０-９．]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xFEE0); });
  }

  function addRow() {
    var row = document.getElementById('tier-row-template').content.firstElementChild.cloneNode(true);
    body.appendChild(row);
    return row;
  }

  function showTiers() {
    var tiered = form.querySelector('input[name="tiered"]:checked');
    var on = tiered && tiered.value === 'true';
    section.classList.toggle('d-none', !on);
    if (on && !body.querySelector('tr')) { addRow(); }
  }

  function weightTotal() {
    var total = 0;
    form.querySelectorAll('.pd-weight').forEach(function (el) {
      var v = parseFloat(halfWidth(el.value));
      if (!isNaN(v)) { total += v; }
    });
    var out = document.getElementById('weight-total');
    out.textContent = Math.round(total * 100) / 100;
    out.className = Math.abs(total - 100) < 0.001 ? 'text-success fw-semibold' : 'text-danger fw-semibold';
  }

  document.getElementById('add-tier').addEventListener('click', function () {
    addRow().querySelector('input').focus();
  });
  form.addEventListener('click', function (event) {
    var remove = event.target.closest('.pd-remove-row');
    if (remove) { remove.closest('tr').remove(); }
  });
  form.querySelectorAll('input[name="tiered"]').forEach(function (el) { el.addEventListener('change', showTiers); });
  form.querySelectorAll('.pd-weight').forEach(function (el) { el.addEventListener('input', weightTotal); });
  showTiers();
  weightTotal();
})();
