// Redirect pages for old list URLs (/tags.html#aws) list the new address of each #fragment as a
// link with data-fragment. This follows the link for the fragment the reader asked for; the meta
// refresh waits for the page to finish loading, so it runs first. It is a file, not an inline
// script, because the site's Content-Security-Policy forbids inline scripts.
;(function () {
  var hash = window.location.hash.slice(1)
  if (hash === '') return
  var wanted = hash
  try {
    wanted = decodeURIComponent(hash)
  } catch (error) {
    // A malformed escape: compare the hash as it was written.
  }
  wanted = wanted.normalize('NFC')
  var links = Array.prototype.slice.call(document.querySelectorAll('a[data-fragment]'))
  // Jekyll tag anchors kept the tag's own capitals; an exact match wins, then any case.
  var match =
    links.find(function (link) {
      return link.getAttribute('data-fragment') === wanted
    }) ||
    links.find(function (link) {
      return link.getAttribute('data-fragment').toLowerCase() === wanted.toLowerCase()
    })
  if (match) window.location.replace(match.href)
})()
