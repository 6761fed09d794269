import { renderNotice, wireClose } from "./dialogView";

/** Entry of dialog.html: the text first (it needs no Office), the button once Office.js is ready. */
renderNotice(document, window.location.search);
Office.onReady(() => wireClose(document, (message) => Office.context.ui.messageParent(message)));
