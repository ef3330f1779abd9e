// 文件导入: a large upload shows its progress. The form is sent by XMLHttpRequest so the browser reports how much
// has gone; the server answers with a redirect to the preview, which the page then follows. Without JavaScript the
// form is sent as a plain post and works the same, only without the bar.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!form.matches || !form.matches('form[data-upload-progress]') || !window.FormData) {
    return;
  }
  event.preventDefault();
  var bar = document.getElementById(form.getAttribute('data-upload-progress'));
  var box = bar && bar.closest('.progress');
  if (box) {
    box.classList.remove('d-none');
  }
  var request = new XMLHttpRequest();
  request.open('POST', form.action);
  request.upload.addEventListener('progress', function (e) {
    if (e.lengthComputable && bar) {
      var percent = Math.round(e.loaded * 100 / e.total);
      bar.style.width = percent + '%';
      bar.textContent = percent < 100 ? '上传 ' + percent + '%' : '正在读取…';
    }
  });
  request.addEventListener('load', function () {
    // the redirect was followed by the browser's request: show where it led
    window.location.href = request.responseURL || form.action;
  });
  request.addEventListener('error', function () {
    if (bar) {
      bar.classList.add('bg-danger');
      bar.textContent = '上传失败，请重试';
    }
  });
  request.send(new FormData(form));
});
