"""Foreign keys as links everywhere: on row pages (which Datasette 0.65 leaves as bare ids)
and in canned queries' `message`, `message_id`, `document` and `document_id` columns."""
from datasette import hookimpl
from datasette.utils import tilde_encode
from markupsafe import Markup, escape

QUERY_COLUMNS = {"message": "messages", "message_id": "messages", "document": "documents", "document_id": "documents"}


def _link(datasette, database, table, value, label):
    href = datasette.urls.row(database, table, tilde_encode(value))
    return Markup(f'<a href="{href}">{escape(label)}</a>')


@hookimpl
def render_cell(value, column, table, database, datasette):
    if not isinstance(value, str) or not value:
        return None
    if table is None:
        other = QUERY_COLUMNS.get(column)
        return _link(datasette, database, other, value, value) if other else None

    async def inner():
        db = datasette.get_database(database)
        fk = next((f for f in await db.foreign_keys_for_table(table) if f["column"] == column), None)
        if fk is None:
            return None
        label = value
        label_column = await db.label_column_for_table(fk["other_table"])
        if label_column:
            rows = (await db.execute(
                f"select [{label_column}] from [{fk['other_table']}] where [{fk['other_column']}] = ?", [value])).rows
            if rows and rows[0][0]:
                label = rows[0][0]
        return _link(datasette, database, fk["other_table"], value, label)

    return inner
