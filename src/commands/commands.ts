/** Ribbon function file: the add-in's ribbon button only opens the task pane (ShowTaskpane). */
Office.onReady(() => {
  /* nothing to register: every command runs from the task pane */
});
