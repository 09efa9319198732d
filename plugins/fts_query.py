"""SQL function fts_query(text): any user input as a safe FTS5 query.

Each word becomes a quoted term, so `"`, `AND (` or `*` never raise a syntax error; an
input with no words gives '' (callers return no rows for it)."""
import re

from datasette import hookimpl

WORD_RE = re.compile(r"\w+", re.UNICODE)


def fts_query(text):
    if not text:
        return ""
    return " ".join('"' + w + '"' for w in WORD_RE.findall(str(text)))


@hookimpl
def prepare_connection(conn):
    conn.create_function("fts_query", 1, fts_query, deterministic=True)
