"""Show a `snippet` column's matches highlighted, with the text itself escaped.

Canned queries mark matches as <mark>...</mark> (readable in CSV and JSON too). The cell is
escaped whole, then only those exact tags are turned back into markup, so nothing else a
document holds (a <script>, an <img>) ever reaches the page as HTML."""
from datasette import hookimpl
from markupsafe import Markup, escape


@hookimpl
def render_cell(value, column):
    if column != "snippet" or not isinstance(value, str) or "<mark>" not in value:
        return None
    html = str(escape(value)).replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>")
    return Markup(html)
