"""`make screenshot`: PNGs of the main pages, taken in Debian's chromium, in screenshots/."""
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from publish import ROOT, serve_command

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
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def main(db="telegrams.db", out="screenshots"):
    from playwright.sync_api import sync_playwright
    out = ROOT / out
    out.mkdir(exist_ok=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(serve_command(db, port=port, python=sys.executable), cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=1)
                break
            except OSError:
                time.sleep(0.05)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            for name, path in PAGES.items():
                page.goto(base + path)
                page.wait_for_load_state("networkidle")
                page.screenshot(path=str(out / f"{name}.png"))
                print(out / f"{name}.png")
            browser.close()
    finally:
        proc.terminate()
        proc.wait(10)


if __name__ == "__main__":
    main(*sys.argv[1:])
