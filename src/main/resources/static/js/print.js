// The 打印 button of a page that shows a printed form: the browser's print dialog, laid out by the @media print
// rules of perfdesk.css (no navbar, buttons or forms). A data attribute rather than onclick=, which the
// Content-Security-Policy refuses.
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('[data-print]');
  if (button) {
    event.preventDefault();
    window.print();
  }
});
