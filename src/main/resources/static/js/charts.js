// One set-up for every chart of PerfDesk, so the pages differ only in what they draw: no animation (a chart is
// read, not watched, and a screenshot or a print shows it finished), and the chart follows the window's size. Each
// page keeps its data table beside the chart, for those who would rather read, and for screen readers.
window.PerfDeskCharts = {
  draw: function (target, option) {
    var el = typeof target === 'string' ? document.getElementById(target) : target;
    var chart = echarts.init(el);
    if (option.animation === undefined) {
      option.animation = false;
    }
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
    return chart;
  }
};
