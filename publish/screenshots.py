"""`make screenshot`: PNGs of the main pages, taken in Debian's chromium, in screenshots/."""
import sys

from publish import ROOT
from publish.server import launch_chromium, running_server

PAGES = {
    "home": "/",
    "database": "/telegrams",
    "document-in-context": "/read/1952-07-18-ciphered-telegram-21646?lines=71-76#L69",
    "messages": "/telegrams/messages",
    "demands": "/telegrams/demands?_sort=seq&_facet=kind&_facet=requester_id",
    "ranked-search": "/telegrams/search?q=bombardment",
    "search-all": "/-/search?q=Pyongyang",
    "correspondence": "/telegrams/correspondence?person=Filippov",
    "person": "/telegrams/people/joseph-stalin",
}


def main(db="telegrams.db", out="screenshots"):
    from playwright.sync_api import sync_playwright
    out = ROOT / out
    out.mkdir(exist_ok=True)
    with running_server(db) as base, sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        for name, path in PAGES.items():
            page.goto(base + path)
            page.wait_for_load_state("networkidle")
            page.screenshot(path=str(out / f"{name}.png"))
            print(out / f"{name}.png")
        browser.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
