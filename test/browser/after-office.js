// Appended to office.js by the browser test: runs once Office.js has defined `Office`, before the
// pane's bundle. Outside an Office client office.js defines no Excel host, so the test double's
// Excel stays in place; Office.onReady is wrapped to give Office.context the double's display
// language (vi-VN unless the test asks otherwise), as a real host would.
(function () {
  var double = window.__double;
  if (double) {
    window.Excel = double.Excel;
    window.OfficeExtension = double.OfficeExtension;
    // The ribbon's handler registers with the double (Office.actions), so a test can press the
    // ribbon's Build tables; the pane's runtime is the same page, as in a shared runtime.
    Office.actions = double.Office.actions;
    Office.addin = double.Office.addin;
  }
  var realOnReady = Office.onReady.bind(Office);
  Office.onReady = function (callback) {
    return realOnReady().then(function (info) {
      if (double) {
        Office.context = Office.context || {};
        Object.defineProperty(Office.context, 'displayLanguage', {
          value: double.Office.context.displayLanguage,
          configurable: true,
        });
        Object.defineProperty(Office.context, 'requirements', {
          value: double.Office.context.requirements,
          configurable: true,
        });
      }
      window.__officeReady = info;
      return callback ? callback(info) : info;
    });
  };
})();
