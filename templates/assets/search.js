// The search page (layouts/search.njk): asks the site's Pagefind index (/pagefind/, written by
// the build) for the words in its box, in the page's language (Pagefind picks the index by
// <html lang>), and lists the pages found. Without JavaScript the page says what to do instead.
// No inline script and nothing from another host; Pagefind's WebAssembly needs the page's
// 'wasm-unsafe-eval' (base.njk's policy, on this page only).
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!form || !input || !status || !list) return;
  var words = {
    none: form.getAttribute('data-none') || '',
    one: form.getAttribute('data-one') || '',
    many: form.getAttribute('data-many') || '',
    failed: form.getAttribute('data-failed') || '',
  };
  // Addresses relative to this script (/assets/search.js), so that a site under a base path works.
  var script = document.currentScript;
  var siteRoot = new URL('../', script ? script.src : location.href);

  var pagefind = null;
  function load() {
    if (pagefind === null) {
      pagefind = import(new URL('pagefind/pagefind.js', siteRoot).href).then(function (p) {
        return p.options({ excerptLength: 24, baseUrl: siteRoot.pathname }).then(function () { return p; });
      });
    }
    return pagefind;
  }

  // Pagefind's excerpt is HTML with <mark> around the words found: copied as text and <mark>
  // elements only, never as markup.
  function excerpt(html) {
    var out = document.createElement('p');
    var doc = new DOMParser().parseFromString('<p>' + html + '</p>', 'text/html');
    doc.body.firstChild.childNodes.forEach(function (n) {
      if (n.nodeName === 'MARK') {
        var m = document.createElement('mark');
        m.textContent = n.textContent;
        out.appendChild(m);
      } else {
        out.appendChild(document.createTextNode(n.textContent || ''));
      }
    });
    return out;
  }

  var asked = 0;
  function run(query) {
    var mine = ++asked;
    list.replaceChildren();
    if (query.trim() === '') { status.textContent = ''; return; }
    var total = 0;
    load().then(function (p) { return p.search(query); }).then(function (search) {
      total = search.results.length;
      // The first 30 are shown; the status line counts them all.
      return Promise.all(search.results.slice(0, 30).map(function (r) { return r.data(); }));
    }).then(function (found) {
      if (mine !== asked) return;
      var n = total;
      status.textContent = (n === 0 ? words.none : n === 1 ? words.one : words.many).replace('{n}', String(n)).replace('{q}', query);
      found.forEach(function (d) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = d.url;
        a.textContent = (d.meta && d.meta.title) || d.url;
        var h = document.createElement('h2');
        h.className = 'search-title';
        h.appendChild(a);
        li.appendChild(h);
        li.appendChild(excerpt(d.excerpt || ''));
        list.appendChild(li);
      });
    }).catch(function () {
      if (mine === asked) status.textContent = words.failed;
    });
  }

  var timer = 0;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var url = new URL(location.href);
      url.searchParams.set('q', input.value);
      history.replaceState(null, '', url.pathname + url.search);
      run(input.value);
    }, 250);
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    run(input.value);
  });
  var q = new URL(location.href).searchParams.get('q');
  if (q) {
    input.value = q;
    run(q);
  }
})();
