"""`make publish`: the read-only dataset on Google Cloud Run with `datasette publish cloudrun`.

The image pins Datasette, the plugin and SQLite (pysqlite3-binary) to the versions in constraints.txt, serves the
database immutable (`-i`) with an inspect file made at build time (`datasette inspect`), with
metadata.yml, templates/, plugins/ and the same limits as `make serve`.
`python -m publish.deploy --dry-run` prints the command without running it."""
import argparse
import os
import shlex
import subprocess
import sys

from publish import ROOT, setting_arguments

PINNED = ("datasette", "datasette-search-all", "pysqlite3-binary")


def pinned_versions(constraints=ROOT / "constraints.txt"):
    versions = {}
    for line in constraints.read_text().splitlines():
        name, _, version = line.partition("==")
        if name.strip().lower() in PINNED:
            versions[name.strip().lower()] = version.strip()
    return versions


def publish_command(db="telegrams.db", service="cold-war-telegrams", version_note=None):
    extra = " ".join(setting_arguments())
    cmd = [sys.executable, "-m", "datasette", "publish", "cloudrun", db, "--service", service,
           "-m", "metadata.yml", "--template-dir", "templates", "--plugins-dir", "plugins",
           "--extra-options", extra]
    for name, version in sorted(pinned_versions().items()):
        cmd += ["--install", f"{name}=={version}"]
    if version_note:
        cmd += ["--version-note", version_note]
    return cmd


def git_version():
    try:
        return subprocess.run(["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="telegrams.db")
    ap.add_argument("--service", default="cold-war-telegrams")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    cmd = publish_command(a.db, a.service, git_version())
    print(" ".join(shlex.quote(c) for c in cmd[1:]), file=sys.stderr)
    if not a.dry_run:
        os.chdir(ROOT)
        sys.exit(subprocess.call(cmd))


if __name__ == "__main__":
    main()
