/*
 * Matriz POA's pane needs a current webview (Chromium's WebView2, Safari, a current browser). Office
 * 2016 and 2019 with volume licences, and Windows without WebView2, show add-ins in Internet Explorer 11
 * or Edge Legacy (learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins),
 * which cannot even parse the pane's script: the planner would see "Cargando…" forever. This file is
 * written in ES5 so that every webview runs it. Loaded after the pane's script (both `defer`, in order),
 * it replaces the loading text with a plain message when that script did not run.
 */
(function () {
  if (window.__poaPaneStarted) return;
  var root = document.getElementById("root");
  if (!root) return;
  var lines = [
    ["es", "Matriz POA no puede abrirse en esta versión de Excel.",
      "Esta instalación muestra los complementos con Internet Explorer o Edge heredado (por ejemplo, Office 2016 u Office 2019 con licencia por volumen). " +
      "Abra el libro en Excel en la Web o en Microsoft 365; el archivo .xlsx también se puede revisar con el comando «npx poa validate»."],
    ["en", "Matriz POA cannot open in this version of Excel.",
      "This installation shows add-ins with Internet Explorer or Edge Legacy (for example, volume-licensed Office 2016 or Office 2019). " +
      "Open the workbook in Excel on the web or in Microsoft 365; the .xlsx file can also be checked with the command \u201cnpx poa validate\u201d."]
  ];
  while (root.firstChild) root.removeChild(root.firstChild);
  for (var i = 0; i < lines.length; i++) {
    var section = document.createElement("section");
    section.setAttribute("lang", lines[i][0]);
    section.style.margin = "16px";
    var title = document.createElement("h1");
    title.style.fontSize = "16px";
    title.appendChild(document.createTextNode(lines[i][1]));
    var body = document.createElement("p");
    body.appendChild(document.createTextNode(lines[i][2]));
    section.appendChild(title);
    section.appendChild(body);
    root.appendChild(section);
  }
  root.setAttribute("role", "alert");
})();
