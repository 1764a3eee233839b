"""A static site of the archive: the tracker, each recommendation's trail, the documents, themes and search.

`build_site(db, out)` reads the store read-only and writes plain HTML (Jinja2 templates
in `templates/`, autoescaped: document text is untrusted) with a stylesheet and two
small scripts from `static/`. It opens from the file system as well as from any web
server; it reads without JavaScript, and filters, sorts and searches with it.

    content.py   the store's rows as the site shows them: documents, trails, theme hits
    places.py    which paragraph holds a recommendation or an answer, found by its words
    pages.py     every page as bytes (Jinja2), the search index as one script per document
    build.py     the incremental build: only files whose sha256 changed are written

Pages: `index.html`, `tracker.html`, `documents.html`, `docs/<id>.html` (each paragraph
anchored by its uid, e.g. `docs/96d3dcdb4d24.html#96d3dcdb4d24:36`, and each recommendation
and answer by its own uid), `recs/<uid>.html` (a recommendation's trail), `themes.html`,
`themes/<theme>.html`, `search.html`, and `files/<id>/<name>` (the original files).
"""

from pipeline.site.build import SiteSummary, build_site
from pipeline.site.content import SiteContent, load_content

__all__ = ["SiteContent", "SiteSummary", "build_site", "load_content"]
