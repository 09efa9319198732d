"""Serve a table even when a canned query has the same name.

The data contract names both a table and a canned query `demands`; Datasette would show
the query at /telegrams/demands and hide the table. A request that uses the table (a
search, facet, sort, column filter or page of rows, as datasette-search-all and the table
links send) gets the table; a plain visit, or one with the query's parameters, the query."""
import contextvars
import re
from urllib.parse import parse_qsl

from datasette import hookimpl

TABLE_PARAMS = {"_search", "_facet", "_facet_array", "_facet_date", "_sort", "_sort_desc", "_next",
                "_where", "_col", "_nocol", "_size", "_labels", "_through"}
_wants_table = contextvars.ContextVar("wants_table", default=False)
_query_params = set()


def wants_table(query_string):
    names = {k for k, _ in parse_qsl(query_string, keep_blank_values=True)}
    return bool(names & TABLE_PARAMS) or any(not n.startswith("_") and n not in _query_params for n in names)


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def wrapped(scope, receive, send):
            if scope.get("type") != "http" or not wants_table(scope.get("query_string", b"").decode("utf-8", "replace")):
                return await app(scope, receive, send)
            token = _wants_table.set(True)
            try:
                await app(scope, receive, send)
            finally:
                _wants_table.reset(token)
        return wrapped
    return wrap


@hookimpl
def startup(datasette):
    for db in (datasette.metadata("databases") or {}).values():
        for q in (db.get("queries") or {}).values():
            if isinstance(q, dict):
                _query_params.update(q.get("params") or re.findall(r"(?<!:):(\w+)", q.get("sql", "")))
    original = datasette.get_canned_query

    async def get_canned_query(database_name, query_name, actor):
        if _wants_table.get():
            db = datasette.databases.get(database_name)
            if db is not None and await db.table_exists(query_name):
                return None
        return await original(database_name, query_name, actor)

    datasette.get_canned_query = get_canned_query
