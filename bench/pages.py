"""The pages a reader reaches in one click, for the benchmark to time at scale.

Read from metadata.yml and the database itself, so a new table, facet or canned query is timed
without being listed here: every table's and view's default page (its configured facets and
sort), that page narrowed to the most common value of each configured facet (a click on the
facet), every canned query (with a person or message where it asks for one), a search of every
searchable table, and a document's own page and its reading view."""
import sqlite3
from urllib.parse import quote, urlencode

import yaml

from bench.serve import ROOT
from etl.schema import FTS

SLOW_MS = 300     # the bound for a faceted table page, applied to every page


def _metadata():
    return yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))["databases"]["telegrams"]


def _one(conn, sql):
    row = conn.execute(sql).fetchone()
    return row[0] if row else None


def _parameters(conn):
    """Values for the canned queries' parameters, as a reader would give them."""
    return {
        "q": "enemy bombardment",
        "person": _one(conn, "select p.name from messages m join people p on p.id = m.sender_id "
                             "group by p.id order by count(*) desc limit 1") or "",
        "message_id": _one(conn, "select from_message_id from message_links group by from_message_id "
                                 "order by count(*) desc, from_message_id limit 1") or "",
    }


def pages(db_path):
    """[(label, path)] of the pages to time on the database at db_path."""
    meta = _metadata()
    conn = sqlite3.connect(db_path)
    try:
        existing = {r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view')")}
        params = _parameters(conn)
        out = []
        for table, spec in (meta.get("tables") or {}).items():
            if table not in existing or table.endswith("_fts"):
                continue
            # a table that shares its name with a canned query is asked for as a table (`_size`)
            plain = "?_size=100" if table in (meta.get("queries") or {}) else ""
            out.append((f"{table}: default page", f"/telegrams/{table}{plain}"))
            for facet in spec.get("facets") or []:
                if not isinstance(facet, str):
                    continue
                value = _one(conn, f"select [{facet}] from [{table}] where [{facet}] is not null "
                                   f"group by [{facet}] order by count(*) desc limit 1")
                if value is not None:
                    out.append((f"{table}: {facet} = most common value",
                                f"/telegrams/{table}?{urlencode({facet: value})}"))
        for name, query in (meta.get("queries") or {}).items():
            args = {k: v for k, v in params.items() if f":{k}" in query.get("sql", "")}
            out.append((f"query {name}" + (f" ({', '.join(args)})" if args else ""),
                        f"/telegrams/{name}" + (f"?{urlencode(args)}" if args else "")))
            if "person" in args and ":person = ''" in query["sql"]:     # an empty name lists everyone
                out.append((f"query {name} (everyone)", f"/telegrams/{name}?person="))
        for table in FTS:     # the pages `/-/search` links to, with the ranked search's words
            out.append((f"{table}: table search", f"/telegrams/{table}?{urlencode({'_search': params['q']})}"))
        doc = _one(conn, "select id from documents order by id limit 1")
        if doc:
            out.append(("a document's page", f"/telegrams/documents/{quote(doc)}"))
            out.append(("a document read in context", f"/read/{quote(doc)}"))
        return out
    finally:
        conn.close()
