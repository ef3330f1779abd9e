// 绩效目标 form: adds and removes indicator and task rows, takes rows from the catalogue picker, keeps the
// field names indexed 0..n-1 (Spring binds indicators[i].name), and shows the running weight total.
(function () {
  var form = document.getElementById('target-form');
  if (!form) { return; }

  function reindex(tbodySelector, rowClass, listName) {
    var rows = form.querySelectorAll(tbodySelector + ' tr.' + rowClass);
    rows.forEach(function (row, i) {
      row.querySelectorAll('[name],[data-name]').forEach(function (el) {
        // Spring's checkbox marker (_indicators[0].core) keeps its leading underscore.
        var marker = (el.getAttribute('name') || '').charAt(0) === '_' ? '_' : '';
        var field = el.getAttribute('data-name');
        if (!field) {
          var m = /\]\.(\w+)$/.exec(el.getAttribute('name') || '');
          if (!m) { return; }
          field = m[1];
          el.setAttribute('data-name', field);
        }
        el.setAttribute('name', marker + listName + '[' + i + '].' + field);
        el.removeAttribute('id');
      });
    });
  }

  // Names are renumbered after every change, not only on submit, so that the 检查 button (htmx) sends new rows too.
  function renumber() {
    reindex('#indicator-rows tbody', 'pd-indicator-row', 'indicators');
    reindex('#task-table tbody', 'pd-task-row', 'tasks');
  }

  function addRow(templateId, tbodySelector) {
    var template = document.getElementById(templateId);
    var row = template.content.firstElementChild.cloneNode(true);
    form.querySelector(tbodySelector).appendChild(row);
    renumber();
    return row;
  }

  function set(row, field, value) {
    var el = row.querySelector('[data-name="' + field + '"]');
    if (el && value != null) { el.value = value; }
  }

  function weightTotal() {
    var total = 0;
    form.querySelectorAll('.pd-weight').forEach(function (el) {
      var v = parseFloat((el.value || '').replace(/[０-９．]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xFEE0); }));
      if (!isNaN(v)) { total += v; }
    });
    var out = document.getElementById('weight-total');
    if (out) {
      out.textContent = Math.round(total * 100) / 100;
      out.className = Math.abs(total - 100) < 0.001 ? 'text-success fw-semibold' : 'text-danger fw-semibold';
    }
  }

  var addIndicator = document.getElementById('add-indicator');
  if (addIndicator) {
    addIndicator.addEventListener('click', function () {
      addRow('indicator-row-template', '#indicator-rows tbody').querySelector('[data-name="name"]').focus();
    });
  }
  var addTask = document.getElementById('add-task');
  if (addTask) {
    addTask.addEventListener('click', function () { addRow('task-row-template', '#task-table tbody'); });
  }

  form.addEventListener('click', function (event) {
    var remove = event.target.closest('.pd-remove-row');
    if (remove) {
      remove.closest('tr').remove();
      renumber();
      weightTotal();
    }
  });

  // The picker is outside the rows; its buttons carry the entry as data attributes (see the catalogue picker).
  document.addEventListener('click', function (event) {
    var button = event.target.closest('.catalogue-add');
    if (!button) { return; }
    var d = button.dataset;
    var row = addRow('indicator-row-template', '#indicator-rows tbody');
    set(row, 'subcategory', d.subcategory);
    set(row, 'name', d.name);
    set(row, 'explanation', d.explanation);
    set(row, 'value', d.value);
    set(row, 'scoringRule', d.scoringRule);
    set(row, 'dataSource', d.dataSource);
    set(row, 'catalogueEntryId', d.entryId);
    button.textContent = '已添加';
    button.disabled = true;
  });

  form.addEventListener('input', function (event) {
    if (event.target.classList.contains('pd-weight')) { weightTotal(); }
  });

  form.addEventListener('submit', renumber);

  weightTotal();
})();
