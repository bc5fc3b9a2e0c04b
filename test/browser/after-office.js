// Appended to office.js by the browser test: runs once Office.js has defined `Office`, before the
// pane's bundle. Outside an Office client office.js defines no Excel host, so the test double's
// Excel stays in place; Office.onReady is wrapped to give Office.context the display language
// the test asks for, as a real host would.
(function () {
  var double = window.__double;
  if (double) window.Excel = double.Excel;
  var seed = window.__ttttSeed || {};
  var realOnReady = Office.onReady.bind(Office);
  Office.onReady = function (callback) {
    return realOnReady().then(function (info) {
      if (seed.displayLanguage) {
        Office.context = Office.context || {};
        Object.defineProperty(Office.context, 'displayLanguage', { value: seed.displayLanguage, configurable: true });
      }
      window.__officeReady = info;
      return callback ? callback(info) : info;
    });
  };
})();
