// office-addin-mock imports office-addin-manifest only for this enum; the real package pulls an
// ES-module-only dependency that jest cannot require (see ../shared/OFFICE-NOTES.md).
module.exports = {
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
};
