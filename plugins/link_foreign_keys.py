"""Foreign keys as links everywhere: on row pages (which Datasette 0.65 leaves as bare ids),
in canned queries' `message`, `message_id`, `document` and `document_id` columns, and in the
`id` of a search result whose `kind` says what it is."""
import re

from datasette import hookimpl
from datasette.utils import tilde_encode
from markupsafe import Markup, escape

QUERY_COLUMNS = {"message": "messages", "message_id": "messages", "document": "documents", "document_id": "documents"}
# (database, table, column) -> (other table, other column, label column); read once (databases are immutable)
FOREIGN_KEYS = {}


@hookimpl
def startup(datasette):
    async def inner():
        for name, db in datasette.databases.items():
            if name.startswith("_"):
                continue
            for table in await db.table_names():
                for fk in await db.foreign_keys_for_table(table):
                    label = await db.label_column_for_table(fk["other_table"])
                    FOREIGN_KEYS[(name, table, fk["column"])] = (fk["other_table"], fk["other_column"], label)
    return inner


SAFE_ID = re.compile(r"^[A-Za-z0-9_-]+$")
_table_urls = {}


def _link(datasette, database, table, value, label):
    """A link to a row; ids made of letters, digits and hyphens need no encoding (a fast path:
    a canned query may show a thousand of them)."""
    base = _table_urls.get((database, table))
    if base is None:
        base = _table_urls[(database, table)] = datasette.urls.table(database, table)
    pk = value if SAFE_ID.match(value) else tilde_encode(value)
    return Markup(f'<a href="{base}/{pk}">{escape(label)}</a>')


KINDS = {"message": "messages", "demand": "demands"}


@hookimpl
def render_cell(value, column, table, database, datasette, row):
    if not isinstance(value, str) or not value:
        return None   # table pages hand foreign keys over already expanded (not as str)
    if table is None:
        other = QUERY_COLUMNS.get(column)
        if other is None and column == "id" and "kind" in row.keys():
            other = KINDS.get(row["kind"])
        return _link(datasette, database, other, value, value) if other else None
    fk = FOREIGN_KEYS.get((database, table, column))
    if fk is None:
        return None
    other_table, other_column, label_column = fk
    if not label_column:
        return _link(datasette, database, other_table, value, value)

    async def inner():
        rows = (await datasette.get_database(database).execute(
            f"select [{label_column}] from [{other_table}] where [{other_column}] = ?", [value])).rows
        return _link(datasette, database, other_table, value, rows[0][0] if rows and rows[0][0] else value)

    return inner
