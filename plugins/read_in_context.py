"""/read/<document id>: a document's text with line numbers, where every message, demand
and mention is marked and links to its row; `?lines=57-80` highlights a passage.
Row pages link back here from their `line_start` cells ("view in context")."""
from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

DATABASE = "telegrams"


def context_url(datasette, document_id, line_start, line_end=None):
    lines = f"{line_start}-{line_end or line_start}"
    return datasette.urls.path(f"/read/{tilde_encode(document_id)}?lines={lines}#L{line_start}")


def _marked_line(line, mentions, row_url):
    """The line as HTML: escaped text, each mention a link to its person, place or term."""
    out, pos = [], 0
    for m in sorted(mentions, key=lambda m: m["char_start"]):
        if m["char_start"] < pos:
            continue
        out.append(escape(line[pos:m["char_start"]]))
        table = {"person": "people", "place": "places", "term": "terms"}[m["entity_type"]]
        out.append(Markup('<a class="mention mention-{}" href="{}" title="{}">{}</a>').format(
            m["entity_type"], row_url(table, m["entity_id"]), m["entity_id"], line[m["char_start"]:m["char_end"]]))
        pos = m["char_end"]
    out.append(escape(line[pos:]))
    return Markup("").join(out)


async def _dicts(db, sql, params):
    return [dict(r) for r in (await db.execute(sql, params)).rows]


async def read_document(datasette, request):
    db = datasette.get_database(DATABASE)
    document_id = request.url_vars["document_id"]
    docs = await _dicts(db, "select * from documents where id = ?", [document_id])
    if not docs:
        raise NotFound(f"No document {document_id}")
    doc = docs[0]
    messages = await _dicts(db, "select * from messages where document_id = ? and in_corpus = 1 order by seq", [document_id])
    demands = await _dicts(
        db, "select d.* from demands d join messages m on m.id = d.message_id where m.document_id = ? order by m.seq, d.seq",
        [document_id])
    mentions = await _dicts(db, "select * from mentions where document_id = ?", [document_id])

    def row_url(table, pk):
        return datasette.urls.row(DATABASE, table, tilde_encode(pk))

    highlight = set()
    try:
        a, _, b = request.args.get("lines", "").partition("-")
        highlight = set(range(int(a), int(b or a) + 1))
    except ValueError:
        pass
    by_line = {}
    for m in mentions:
        by_line.setdefault(m["line_start"], []).append(m)
    starts = {}
    for m in messages:
        starts.setdefault(m["line_start"], []).append(("message", m))
    for d in demands:
        starts.setdefault(d["line_start"], []).append(("demand", d))
    depth = {}
    for m in messages:
        level = 0
        parent = m["parent_id"]
        while parent:
            level += 1
            parent = next((p["parent_id"] for p in messages if p["id"] == parent), None)
        for n in range(m["line_start"], m["line_end"] + 1):
            depth[n] = max(depth.get(n, 0), level + 1)
    demand_lines = {n for d in demands for n in range(d["line_start"], d["line_end"] + 1)}
    lines = []
    for n, text in enumerate(doc["text"].replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        lines.append({
            "n": n, "html": _marked_line(text, by_line.get(n, []), row_url), "depth": depth.get(n, 0),
            "demand": n in demand_lines, "highlight": n in highlight,
            "starts": [(kind, row, row_url("messages" if kind == "message" else "demands", row["id"]))
                       for kind, row in starts.get(n, [])],
        })
    return Response.html(await datasette.render_template(
        "read_document.html",
        {"doc": doc, "lines": lines, "doc_url": row_url("documents", document_id),
         "messages": messages, "n_demands": len(demands), "n_mentions": len(mentions)},
        request=request,
    ))


@hookimpl
def register_routes():
    return [(r"^/read/(?P<document_id>[^/]+)$", read_document)]


@hookimpl
def render_cell(value, column, table, row, datasette):
    """`line_start` on messages, demands and mentions: a link to those lines in their document."""
    if column != "line_start" or table not in ("messages", "demands", "mentions") or value is None:
        return None
    keys = row.keys()
    if "document_id" in keys:
        document_id = row["document_id"]
    elif "message_id" in keys:
        document_id = str(row["message_id"]).split("--")[0]
    else:
        return None
    if isinstance(document_id, dict):   # table pages expand foreign keys to {value, label}
        document_id = document_id["value"]
    line_end = row["line_end"] if "line_end" in keys else value
    if table == "messages" and "in_corpus" in keys and not row["in_corpus"]:
        line_end = value
    return Markup('<a href="{}" title="view in context">{}&nbsp;↗</a>').format(
        context_url(datasette, document_id, value, line_end), value)
