"""A real Datasette server and Debian's chromium driven by Playwright, for tests of what people see."""
import os
import shutil
from contextlib import contextmanager

import pytest

from publish.server import launch_chromium, running_server as datasette_server  # noqa: F401


def require_chromium():
    if shutil.which("chromium") is None:
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is not installed; .ci/run installs it")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")


@contextmanager
def browser_page():
    from playwright.sync_api import sync_playwright
    require_chromium()
    with sync_playwright() as p:
        browser = launch_chromium(p)
        try:
            yield browser.new_page(accept_downloads=True)
        finally:
            browser.close()
