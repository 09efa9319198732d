"""What people see, in a real browser: Debian's chromium driven by Playwright."""
import pytest

from browser import browser_page, datasette_server
from conftest import build_corpus

XSS = '''
TELEGRAM No. 666

To Comrade MAO ZEDONG.

<script>window.__xss = 1</script> We agree <b>in bold</b>.

<img src=x onerror="window.__xss = 2">

FILIPPOV

1.8.52
'''


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = build_corpus(tmp_path_factory.mktemp("site"), {"xss.txt": XSS}, with_seed=True)
    with datasette_server(db.path) as url:
        yield url


@pytest.fixture(scope="module")
def page(site):
    with browser_page() as p:
        yield p


def test_html_in_a_document_renders_as_text(site, page):
    page.goto(f"{site}/telegrams/documents/1952-08-01-telegram-666")
    assert page.evaluate("window.__xss") is None
    assert "<script>window.__xss = 1</script>" in page.inner_text("body")
    page.goto(f"{site}/telegrams/search?q=agree")
    assert page.evaluate("window.__xss") is None
    assert page.locator("mark").count() >= 1


def test_home_page_leads_to_tables_and_search(site, page):
    page.goto(site + "/")
    assert "Cold War Telegrams" in page.title()
    assert page.locator("a[href='/-/search']").count() >= 1
    page.goto(site + "/telegrams")
    for table in ("documents", "messages", "people", "places"):
        assert page.locator(f"a[href='/telegrams/{table}']").count() >= 1


def test_search_all_finds_pyongyang(site, page):
    page.goto(f"{site}/-/search?q=Pyongyang")
    page.wait_for_selector("text=Kim Il Sung", timeout=10_000)
    body = page.inner_text("body")
    assert "messages" in body and "demands" in body


def test_a_demand_followed_to_its_requester(site, page):
    page.goto(f"{site}/telegrams/demands?path=2.a")
    page.click("td.col-id a[href*='/telegrams/demands/']")
    page.wait_for_load_state()
    assert "To improve the command of the VVS" in page.inner_text("body")
    page.click("a[href='/telegrams/people/kim-il-sung']")
    page.wait_for_load_state()
    assert page.url.endswith("/telegrams/people/kim-il-sung")
    assert "Kim Il Sung" in page.inner_text("body")


def test_csv_download(site, page):
    page.goto(f"{site}/telegrams/people")
    page.check("#export input[name=_dl]")
    with page.expect_download() as dl:
        page.click("#export input[type=submit][value='Export CSV']")
    path = dl.value.path()
    text = open(path, encoding="utf-8").read()
    assert text.splitlines()[0].startswith("id,name")
    assert "Joseph Stalin" in text


def test_document_page_marks_a_demand_and_links_back(site, page):
    page.goto(f"{site}/telegrams/demands/1952-07-18-ciphered-telegram-21646--kim-il-sung-1952-07-16-2100--2-b")
    page.click("td.col-line_start a")
    page.wait_for_load_state()
    assert "/read/1952-07-18-ciphered-telegram-21646" in page.url
    row = page.locator("tr#L74")
    assert "highlight" in row.get_attribute("class") and "demand" in row.get_attribute("class")
    assert "The diameter of operations" in row.inner_text()
    assert row.locator("a.mark-demand").inner_text() == "demand 2.b"
    page.click("tr#L74 a.mention-place >> text=Yalu river")
    page.wait_for_load_state()
    assert page.url.endswith("/telegrams/places/yalu-river")
