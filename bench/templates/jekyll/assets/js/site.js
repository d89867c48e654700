// Marks the current page's link in the header; loaded by every page.
document.querySelectorAll("header nav a").forEach((a) => {
  if (a.getAttribute("href") === location.pathname) a.setAttribute("aria-current", "page");
});
