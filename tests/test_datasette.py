"""The published site through Datasette's own test client: pages, JSON, canned queries."""
import os
import sqlite3

import pytest
import yaml
from datasette.app import Datasette

from conftest import ROOT
from publish import SETTINGS

DOC = "1952-07-18-ciphered-telegram-21646"


def metadata():
    return yaml.safe_load((ROOT / "metadata.yml").read_text())


def site(db_path):
    """The published site on the database at db_path, with the options `make serve` uses."""
    return Datasette(
        [], immutables=[str(db_path)], metadata=metadata(),
        template_dir=str(ROOT / "templates"), plugins_dir=str(ROOT / "plugins"),
        settings=SETTINGS,
    )


@pytest.fixture
def ds(seed_db):
    return site(seed_db.path)


async def get_json(ds, path):
    r = await ds.client.get(path)
    assert r.status_code == 200, (path, r.text[:500])
    return r.json()


async def test_messages_json_lists_the_seed_messages(ds):
    rows = await get_json(ds, "/telegrams/messages.json?_shape=array")
    assert len(rows) == 5
    assert {r["sender_id"] for r in rows} == {"mao-zedong", "kim-il-sung"}


async def test_every_contract_table_is_served_with_its_description(ds):
    r = await ds.client.get("/telegrams")
    assert r.status_code == 200
    for table in ("documents", "messages", "message_recipients", "message_links", "people", "person_aliases",
                  "demands", "places", "terms", "mentions", "build_warnings"):
        page = await ds.client.get(f"/telegrams/{table}")
        assert page.status_code == 200, table
        meta = ds.table_metadata("telegrams", table)
        assert meta.get("description"), table


async def test_foreign_keys_read_as_names(ds):
    r = await ds.client.get("/telegrams/messages")
    assert "Mao Zedong" in r.text and "Kim Il Sung" in r.text


async def test_table_search_box_uses_fts(ds):
    rows = await get_json(ds, "/telegrams/messages.json?_search=bombardment&_shape=array")
    assert rows and all("bombard" in r["body"].lower() for r in rows)
    people = await get_json(ds, "/telegrams/people.json?_search=Filippov&_shape=array")
    assert [p["id"] for p in people] == ["joseph-stalin"]


async def test_search_all_page_lists_searchable_tables(ds):
    r = await ds.client.get("/-/search?q=Pyongyang")
    assert r.status_code == 200
    for table in ("documents", "messages", "demands", "people"):
        assert f"/telegrams/{table}" in r.text


async def test_ranked_search_highlights_and_escapes(ds):
    rows = await get_json(ds, "/telegrams/search.json?q=bombardment&_shape=array")
    assert rows and all("<mark>" in r["snippet"].lower() for r in rows)
    assert rows == sorted(rows, key=lambda r: r["rank"])
    page = await ds.client.get("/telegrams/search?q=bombardment")
    assert "<mark>bombardment</mark>" in page.text


@pytest.mark.parametrize("q", ["", '"', "AND (", "*", "NEAR(", "'); drop table messages; --"])
async def test_search_tolerates_any_input(ds, q):
    r = await ds.client.get("/telegrams/search.json", params={"q": q, "_shape": "array"})
    assert r.status_code == 200
    page = await ds.client.get("/telegrams/search", params={"q": q})
    assert page.status_code == 200


async def test_correspondence_matches_any_alias(ds):
    rows = await get_json(ds, "/telegrams/correspondence.json?person=Filippov&_shape=array")
    assert [r["message"] for r in rows] == [f"{DOC}--mao-zedong-1952-07-18"]
    kim = await get_json(ds, "/telegrams/correspondence.json?person=KIM+IL+SUNG&_shape=array")
    assert {r["direction"] for r in kim} == {"sent", "received"}


async def test_demands_query_filters_by_person(ds):
    everyone = await get_json(ds, "/telegrams/demands.json?person=&_shape=array")
    assert len(everyone) == 8
    kim = await get_json(ds, "/telegrams/demands.json?person=Kim&_shape=array")
    assert len(kim) == 8  # Kim makes 7 and is asked 1
    stalin = await get_json(ds, "/telegrams/demands.json?person=Filippov&_shape=array")
    assert stalin == []


async def test_thread_walks_enclosure_and_replies(ds):
    rows = await get_json(ds, f"/telegrams/thread.json?message_id={DOC}--kim-il-sung-1952-07-16-2100&_shape=array")
    ids = {r["message"] for r in rows}
    assert f"{DOC}--mao-zedong-1952-07-15-0300" in ids
    assert f"{DOC}--mao-zedong-1952-07-18" in ids
    assert f"{DOC}--kim-il-sung-1952-07-14-1800" in ids
    # each message's relation to the one a step nearer, read as prose; the start is only itself
    relation = {r["message"]: (r["steps"], r["relation"]) for r in rows}
    assert relation[f"{DOC}--kim-il-sung-1952-07-16-2100"] == (0, "the message itself")
    assert relation[f"{DOC}--mao-zedong-1952-07-18"] == (1, "enclosed by")
    assert relation[f"{DOC}--mao-zedong-1952-07-15-0300"] == (1, "replies to")


async def test_timeline_and_distribution(ds):
    rows = await get_json(ds, "/telegrams/timeline.json?_shape=array")
    assert [r["sent_at"] for r in rows] == sorted(r["sent_at"] for r in rows)
    assert rows[0]["status"] == "referred to"
    dist = await get_json(ds, "/telegrams/distribution.json?_shape=array")
    stalin = [r for r in dist if r["recipient"] == "Joseph Stalin"]
    assert stalin[0]["copies"] == 2
    assert len([r for r in dist if r["role"] == "distribution"]) == 10


async def test_csv_download(ds):
    r = await ds.client.get("/telegrams/messages.csv?_size=max")
    assert r.status_code == 200
    assert r.text.splitlines()[0].startswith("id,document_id,parent_id")
    # the `demands` canned query shadows the table's page: its CSV has every demand with names
    r = await ds.client.get("/telegrams/demands.csv?person=")
    assert r.text.splitlines()[0] == "id,kind,path,requester,addressee,sent_at,text,message_id"
    assert len(r.text.strip().splitlines()) == 9


async def test_demands_view_facets_by_requester(ds):
    data = await get_json(ds, "/telegrams/demands_with_names.json?_facet=requester")
    facets = {f["value"]: f["count"] for f in data["facet_results"]["requester"]["results"]}
    assert facets == {"Kim Il Sung": 7, "Mao Zedong": 1}


async def test_about_page(ds):
    r = await ds.client.get("/about")
    assert r.status_code == 200 and "Wilson Center" in r.text


async def test_runaway_query_is_cut_off_and_the_server_keeps_answering(ds):
    sql = "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c"
    r = await ds.client.get("/telegrams.json", params={"sql": sql})
    assert r.status_code == 400 and "too long" in r.text.lower()
    ok = await ds.client.get("/telegrams/messages.json")
    assert ok.status_code == 200


@pytest.mark.parametrize("sql", ["delete from people", "update people set name = 'x'", "drop table messages",
                                 "insert into terms (term) values ('x')", "pragma writable_schema = 1",
                                 "select 1; delete from people"])
async def test_sql_that_writes_is_refused(ds, sql):
    r = await ds.client.get("/telegrams.json", params={"sql": sql})
    assert r.status_code >= 400
    assert (await get_json(ds, "/telegrams/people.json?_shape=array")) and \
        len(await get_json(ds, "/telegrams/people.json?_shape=array")) == 14


async def test_document_read_in_context(ds):
    r = await ds.client.get(f"/read/{DOC}?lines=57-80")
    assert r.status_code == 200
    html = r.text
    assert html.count('class="depth-') >= 88
    assert '<tr id="L57" class="depth-2 highlight">' in html
    assert f'href="/telegrams/messages/{DOC}--kim-il-sung-1952-07-16-2100"' in html
    assert 'class="mention mention-person" href="/telegrams/people/joseph-stalin"' in html
    assert (await ds.client.get("/read/no-such-document")).status_code == 404


async def test_rows_link_back_to_their_lines(ds):
    r = await ds.client.get(f"/telegrams/messages/{DOC}--kim-il-sung-1952-07-16-2100")
    assert f'href="/read/{DOC}?lines=57-80#L57"' in r.text
    r = await ds.client.get(f"/telegrams/documents/{DOC}")
    assert f'href="/read/{DOC}"' in r.text
    r = await ds.client.get(f"/telegrams/messages/{DOC}--mao-zedong-1952-07-15-0300")
    assert 'href="/telegrams/people/mao-zedong">Mao Zedong</a>' in r.text


async def test_every_table_and_column_has_a_description(ds):
    db = ds.get_database("telegrams")
    hidden = set(await db.hidden_table_names())
    for table in await db.table_names() + await db.view_names():
        if table in hidden:
            continue
        meta = ds.table_metadata("telegrams", table)
        assert meta.get("description"), table
        for column in await db.table_columns(table):
            assert meta.get("columns", {}).get(column), f"{table}.{column}"


async def test_canned_query_results_link_to_rows(ds):
    r = await ds.client.get("/telegrams/search?q=bombardment")
    assert f'href="/telegrams/demands/{DOC}--kim-il-sung-1952-07-16-2100--2-c"' in r.text
    r = await ds.client.get("/telegrams/timeline")
    assert f'href="/telegrams/messages/{DOC}--mao-zedong-1952-07-15-0300"' in r.text


async def test_the_server_runs_on_the_pinned_current_sqlite(ds):
    """On Linux x86-64 Datasette uses pysqlite3-binary's SQLite, whose FTS5 ranks faster."""
    import platform
    import sys
    if not (sys.platform == "linux" and platform.machine() == "x86_64"):
        pytest.skip("pysqlite3-binary has wheels for Linux x86-64 only")
    versions = await get_json(ds, "/-/versions.json")
    major, minor = map(int, versions["sqlite"]["version"].split(".")[:2])
    assert (major, minor) >= (3, 51)


@pytest.fixture(scope="module")
def synthetic_db(tmp_path_factory):
    """A database of 300 generated telegrams: enough rows for SQLite to plan as it does at scale."""
    from bench.generate import generate
    from etl.build import build
    folder = tmp_path_factory.mktemp("synthetic")
    build(generate(300, folder / "seeds"), folder / "telegrams.db", out=open(os.devnull, "w"))
    return folder / "telegrams.db"


def query_plan(db_path, name, **params):
    from datasette.utils.sqlite import sqlite3   # the SQLite Datasette serves with
    sql = metadata()["databases"]["telegrams"]["queries"][name]["sql"]
    conn = sqlite3.connect(db_path)
    try:
        return [row[3] for row in conn.execute("explain query plan " + sql, params)]
    finally:
        conn.close()


@pytest.mark.parametrize("name", ["timeline", "demands", "distribution"])
def test_listing_queries_read_in_order_instead_of_sorting_everything(synthetic_db, name):
    """Queries that list a whole table walk an index in their order, so the first page comes at
    once at any size: only rows that tie on the leading column are sorted."""
    plan = query_plan(synthetic_db, name, person="")
    assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan


def test_thread_follows_links_through_indexes(synthetic_db):
    """Each step of a thread looks links up by message, never scanning every link or message."""
    conn = sqlite3.connect(synthetic_db)
    message = conn.execute("select from_message_id from message_links limit 1").fetchone()[0]
    conn.close()
    plan = query_plan(synthetic_db, "thread", message_id=message)
    scans = [step for step in plan if step.startswith("SCAN") and step.split()[1] in ("l", "m", "s", "messages", "message_links")]
    assert scans == [], plan


async def test_every_page_one_click_away_answers(synthetic_db):
    """Each page the benchmark times (bench/pages.py: every table's page and its facets' values,
    every canned query, a search of each searchable table, a document) is served, with all its facets."""
    from bench.pages import pages
    synthetic = site(synthetic_db)
    listed = pages(synthetic_db)
    assert len(listed) > 40
    for label, path in listed:
        r = await synthetic.client.get(path)
        assert r.status_code == 200, (label, path, r.text[:300])
        assert "timed out" not in r.text, (label, path)
    kinds = {label.split(":")[0].split(" ")[0] for label, _ in listed}
    assert {"documents", "mentions", "query", "demands_with_names"} <= kinds


async def test_table_pages_make_no_facet_suggestions(ds):
    """Suggestions are off (a query per column on every page): the tests serve as `make serve` does."""
    data = await get_json(ds, "/telegrams/messages.json")
    assert data["suggested_facets"] == []


async def test_the_immutable_database_is_read_through_a_memory_map(ds):
    """plugins/mmap_reads.py: lookups of many rows read mapped pages instead of copying them."""
    result = await ds.get_database("telegrams").execute("pragma mmap_size")
    assert result.rows[0][0] > 0
