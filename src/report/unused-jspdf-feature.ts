// Stands in for html2canvas, canvg and DOMPurify, which jsPDF loads only for html() and SVG rendering: features this
// app never uses. Aliasing them here keeps about 380 kB out of the build and out of the offline cache.
export default {};
