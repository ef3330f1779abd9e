// htmx requests carry the CSRF token from the page's meta tags, so htmx forms are protected like plain ones.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Behaviour the templates ask for with data attributes, since the Content-Security-Policy allows no inline event
// handlers (onclick=, onchange=, onsubmit=): submit a form when one of its selects changes, ask before a form is
// sent, show or hide a panel.
document.addEventListener('change', function (event) {
  var field = event.target.closest && event.target.closest('[data-submit-on-change]');
  if (field && field.form) {
    field.form.submit();
  }
});
document.addEventListener('submit', function (event) {
  var question = event.target.getAttribute && event.target.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
    event.stopPropagation();
  }
}, true);
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('[data-toggles]');
  var panel = button && document.getElementById(button.getAttribute('data-toggles'));
  if (panel) {
    panel.classList.toggle('d-none');
  }
});
