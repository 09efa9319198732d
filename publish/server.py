"""A local Datasette server as `make serve` runs it, on a free loopback port, and Debian's
chromium as this project drives it: for tests, benchmarks, load tests and screenshots."""
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager

from publish import ROOT, serve_command

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_server(db_path):
    """Yield the base URL of `datasette serve` on db_path; stop it afterwards."""
    port = free_port()
    proc = subprocess.Popen(serve_command(db_path, port=port, python=sys.executable), cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(400):
            try:
                urllib.request.urlopen(url + "/-/versions.json", timeout=1)
                break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError("datasette did not start: " + proc.stderr.read().decode())
                time.sleep(0.05)
        else:
            raise RuntimeError("datasette did not answer within 20 s")
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def launch_chromium(playwright):
    """Debian's chromium (apt-get install chromium), never a downloaded browser."""
    path = shutil.which("chromium")
    if path is None:
        raise FileNotFoundError("Debian's chromium is not installed (apt-get install chromium)")
    return playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
