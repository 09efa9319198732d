"""`python -m publish.serve --db telegrams.db --port 8001`: Datasette as the public sees it."""
import argparse
import os
import sys

from publish import ROOT, serve_command


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", default="telegrams.db")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8001)
    a = ap.parse_args()
    os.chdir(ROOT)
    cmd = serve_command(a.db, a.host, a.port, python=sys.executable)
    print(" ".join(cmd[1:]), file=sys.stderr)
    os.execv(sys.executable, cmd)


if __name__ == "__main__":
    main()
