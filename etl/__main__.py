"""`python -m etl build --seeds DIR --db PATH`"""
import argparse
import sys

from .build import build
from .errors import InputError


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m etl", description="Build telegrams.db from seed telegrams.")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the database from a seeds folder")
    b.add_argument("--seeds", default="seeds", help="folder of *.txt documents with catalog.yml and authority/ (default: seeds)")
    b.add_argument("--db", default="telegrams.db", help="database to write (default: telegrams.db)")
    args = parser.parse_args(argv)
    try:
        build(args.seeds, args.db)
    except InputError as e:
        print(f"{e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; the database was left as it was", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
