// The report editor: "采用建议段落" puts the paragraph proposed from the data into its narrative box. An empty box
// takes it as it is; a box with text keeps that text and gets the proposal after it, so nothing typed is lost.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-fill-from]');
  if (!button) {
    return;
  }
  var proposal = document.getElementById(button.getAttribute('data-fill-from'));
  var box = document.getElementById(button.getAttribute('data-fill-into'));
  if (!proposal || !box || box.readOnly) {
    return;
  }
  var text = proposal.textContent.trim();
  box.value = box.value.trim() === '' ? text : box.value.replace(/\s+$/, '') + '\n' + text;
  box.focus();
});
