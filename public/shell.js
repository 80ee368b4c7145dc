// Runs before the page paints: on a deep link (or an embed with a start page) the static
// home page in index.html would flash and then be replaced, so show "laden" instead.
(function () {
  var hash = location.hash.replace(/^#\/?/, '');
  if (hash !== '' || /[?&]start=/.test(location.search)) {
    document.documentElement.className += ' ok-deep';
  }
})();
