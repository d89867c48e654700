/*
 * Search for the blog's posts (the theme's one script, no dependencies).
 *
 * The page has <div class="site-search" data-search-index="/search.json"> with a link to the archive in it: that
 * link is what a reader without JavaScript gets. This script puts a search field in its place, loads the index the
 * build wrote (search.json: title, URL, date, categories, tags, headings, text, words) when the field is first used,
 * and lists the posts that match as the reader types: every word typed must start a word of the post; a title hit
 * counts most, then a heading, then a category or tag, then the text. The words that matched are marked.
 *
 * Keyboard: Tab reaches the field; Down moves into the results, Up and Down move between them, Enter opens one
 * (Enter in the field opens the first); Escape closes the results, and in the field with none shown, clears it.
 *
 * Nothing from the index is ever parsed as HTML: every text goes in as a text node (textContent), and marks are
 * elements made here. No inline styles (the site's Content-Security-Policy forbids them): state is the hidden
 * attribute and classes.
 */
(function () {
  'use strict';

  var box = document.querySelector('.site-search[data-search-index]');
  if (!box || !window.fetch || !Array.prototype.some) return;

  var MAX_RESULTS = 8;
  var WORD = /[\p{L}\p{N}]+/gu;
  var archive = box.querySelector('a');
  var indexUrl = box.getAttribute('data-search-index');
  var posts = null;
  var loading = null;

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    for (var name in attributes) node.setAttribute(name, attributes[name]);
    if (text) node.textContent = text;
    return node;
  }

  function words(text) {
    return (text || '').toLowerCase().match(WORD) || [];
  }

  // --- the field, the results and the live region replace the link -----------------------------------------------

  var search = element('div', { role: 'search', 'class': 'search-form' });
  var label = element('label', { 'for': 'site-search-input', 'class': 'visually-hidden' }, 'Search the posts');
  var input = element('input', {
    type: 'search', id: 'site-search-input', 'class': 'search-input', placeholder: 'Search posts',
    autocomplete: 'off', spellcheck: 'false', 'aria-controls': 'site-search-results', 'aria-describedby': 'site-search-status'
  });
  var status = element('p', { id: 'site-search-status', 'class': 'visually-hidden', role: 'status' });
  var panel = element('div', { id: 'site-search-results', 'class': 'search-results', hidden: '' });
  search.append(label, input, status, panel);
  box.replaceChildren(search);

  // --- the index, loaded on first use ------------------------------------------------------------------------------

  function load() {
    if (!loading) {
      loading = fetch(indexUrl, { credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.json();
        })
        .then(function (index) {
          posts = (index.posts || []).map(function (p) {
            var headings = p.h || [];
            return {
              post: p,
              title: words(p.t),
              headings: headings.map(words),
              terms: words((p.c || []).concat(p.g || []).join(' ')),
              text: words(p.x),
              more: words(p.w)
            };
          });
        });
      loading.catch(function () { loading = null; });
    }
    return loading;
  }

  // --- matching and ranking ----------------------------------------------------------------------------------------

  function hit(list, term) {
    for (var i = 0; i < list.length; i++) {
      if (list[i] === term) return 2;
      if (list[i].lastIndexOf(term, 0) === 0) return 1;
    }
    return 0;
  }

  // Every term must match somewhere; where it matched decides the score (a whole word counts more than its start).
  function score(entry, terms) {
    var total = 0;
    for (var t = 0; t < terms.length; t++) {
      var term = terms[t];
      var heading = 0;
      for (var h = 0; h < entry.headings.length; h++) heading = Math.max(heading, hit(entry.headings[h], term));
      var s = 40 * hit(entry.title, term) + 12 * heading + 6 * hit(entry.terms, term)
        + 2 * hit(entry.text, term) + hit(entry.more, term);
      if (!s) return 0;
      total += s;
    }
    return total;
  }

  function find(query) {
    var terms = words(query);
    if (!terms.length || !posts) return null;
    var found = [];
    posts.forEach(function (entry, order) {
      var s = score(entry, terms);
      if (s) found.push({ entry: entry, score: s, order: order });
    });
    // The index is newest first: equal scores keep that order.
    found.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return { terms: terms, found: found };
  }

  // --- showing results ---------------------------------------------------------------------------------------------

  function matches(word, terms) {
    word = word.toLowerCase();
    return terms.some(function (term) { return word.lastIndexOf(term, 0) === 0; });
  }

  // The text as text nodes, with each word that starts with a term in a <mark>.
  function marked(parent, text, terms) {
    var last = 0;
    text.replace(WORD, function (word, at) {
      if (matches(word, terms)) {
        if (at > last) parent.append(document.createTextNode(text.slice(last, at)));
        parent.append(element('mark', {}, word));
        last = at + word.length;
      }
      return word;
    });
    if (last < text.length) parent.append(document.createTextNode(text.slice(last)));
    return parent;
  }

  function result(entry, terms) {
    var post = entry.post;
    var link = element('a', { href: post.u });
    link.append(marked(element('span', { 'class': 'search-result-title' }), post.t || post.u, terms));
    var meta = element('span', { 'class': 'search-result-meta' }, post.d || '');
    var heading = (post.h || []).filter(function (h) { return words(h).some(function (w) { return matches(w, terms); }); })[0];
    if (heading) {
      meta.append(document.createTextNode(' · '));
      marked(meta, heading, terms);
    }
    link.append(meta);
    if (post.x) link.append(marked(element('span', { 'class': 'search-result-text' }), post.x, terms));
    // A post found by a word beyond its first lines says which (the index keeps those words, not their sentences).
    var also = entry.more.filter(function (w) { return matches(w, terms); });
    if (also.length && !entry.text.some(function (w) { return matches(w, terms); })) {
      link.append(marked(element('span', { 'class': 'search-result-text' }, 'Also mentions: '), also.slice(0, 5).join(', '), terms));
    }
    var item = element('li', { 'class': 'search-result' });
    item.append(link);
    return item;
  }

  function show(query) {
    var outcome = find(query);
    panel.replaceChildren();
    if (!outcome) {
      close();
      status.textContent = '';
      return;
    }
    var count = outcome.found.length;
    if (count) {
      var list = element('ol', { 'class': 'search-result-list', 'aria-label': 'Posts found' });
      outcome.found.slice(0, MAX_RESULTS).forEach(function (f) { list.append(result(f.entry, outcome.terms)); });
      panel.append(list);
    }
    var summary = element('p', { 'class': 'search-summary' },
      count ? (count > MAX_RESULTS ? 'The best ' + MAX_RESULTS + ' of ' + count + ' posts. ' : '') : 'No post matches. ');
    summary.append(element('a', { href: archive.getAttribute('href') }, 'Browse the archive'));
    panel.append(summary);
    panel.hidden = false;
    status.textContent = count === 0 ? 'No post matches.' : count === 1 ? '1 post found.' : count + ' posts found.';
  }

  function update() {
    var query = input.value;
    if (posts) return show(query);
    load().then(function () { if (input.value === query) show(query); }, function () {
      panel.replaceChildren(element('p', { 'class': 'search-summary' }, 'Search is not available now. '));
      panel.firstChild.append(element('a', { href: archive.getAttribute('href') }, 'Browse the archive'));
      panel.hidden = false;
      status.textContent = 'Search is not available now.';
    });
  }

  function close() {
    panel.hidden = true;
  }

  // --- keyboard, focus and pointer -----------------------------------------------------------------------------------

  function links() {
    return Array.prototype.slice.call(panel.querySelectorAll('.search-result a'));
  }

  input.addEventListener('focus', function () { load().catch(function () {}); });
  input.addEventListener('input', update);

  input.addEventListener('keydown', function (event) {
    var first = links()[0];
    if (event.key === 'ArrowDown' && first) {
      if (panel.hidden) update();
      event.preventDefault();
      first.focus();
    } else if (event.key === 'Enter' && first && !panel.hidden) {
      event.preventDefault();
      window.location.assign(first.href);
    } else if (event.key === 'Escape') {
      if (!panel.hidden) close();
      else input.value = '';
      event.preventDefault();
    }
  });

  panel.addEventListener('keydown', function (event) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && at >= 0) {
      event.preventDefault();
      (all[at + 1] || all[at]).focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (at > 0 ? all[at - 1] : input).focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
      input.focus();
    }
  });

  // Leaving the search (Tab past the results, a click elsewhere) closes the results; coming back shows them again.
  search.addEventListener('focusout', function (event) {
    if (!search.contains(event.relatedTarget)) close();
  });
  input.addEventListener('click', function () {
    if (panel.hidden && input.value) update();
  });
})();
