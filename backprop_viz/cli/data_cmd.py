"""``backprop-viz data``: download MNIST, import any dataset file, list what is available.

``data download`` fetches the four MNIST files into the cache folder (mirrors from
``--mirror``, ``$BACKPROP_VIZ_MNIST_MIRRORS`` or the defaults; progress on stderr;
``--timeout`` seconds without data moves on to the next mirror). ``data import PATH``
converts any supported format (IDX folder, CSV, ``.npz``, ``mnist.pkl.gz``, PNG
folders) into the catalogue (a progress bar on a terminal for image folders). ``data info``
lists the catalogue (bundled, downloaded, Fashion-MNIST, imported) with set sizes and
checksums, or describes one ``PATH``.
Problems with the user's files or the network are :class:`DataError` s, which the
main entry point prints as one line with exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys

from backprop_viz.data import (DataError, catalogue, download_mnist, import_path,
                               load_path)
from backprop_viz.data.storage import cache_dir


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError("must be greater than 0")
    return value


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "data", help="download, import and list datasets",
        description="Download MNIST, import dataset files into the cache, and list the "
                    "datasets available offline.")
    actions = parser.add_subparsers(dest="data_action", metavar="ACTION", required=True)

    info = actions.add_parser("info", help="list available datasets (or describe PATH)")
    info.add_argument("path", nargs="?", help="a dataset file or folder to describe")
    info.add_argument("--json", action="store_true", help="machine-readable output")

    down = actions.add_parser("download", help="download MNIST into the cache folder")
    down.add_argument("--mirror", action="append", metavar="URL",
                      help="base URL to fetch from (repeatable; tried in order)")
    down.add_argument("--timeout", type=_positive, default=30.0, metavar="SECONDS",
                      help="give up on a mirror after this long without data (default 30)")
    down.add_argument("--force", action="store_true", help="download even if present")
    down.add_argument("--quiet", action="store_true", help="no progress bar")

    imp = actions.add_parser("import", help="convert a dataset file or folder into the cache")
    imp.add_argument("path", help="IDX folder, .csv, .npz, mnist.pkl.gz or PNG folder")
    imp.add_argument("--name", help="catalogue name (default: derived from PATH)")
    imp.add_argument("--force", action="store_true", help="replace an entry of that name")

    parser.set_defaults(func=run)


def _describe_path(path: str, as_json: bool) -> int:
    splits = load_path(path)
    sets = {"train": splits.train, "validation": splits.validation, "test": splits.test}
    report = {"path": path, "class_names": list(splits.class_names),
              "sets": {k: {"count": len(ds), "source": ds.source}
                       for k, ds in sets.items() if ds is not None}}
    if as_json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"{path}")
    print(f"  classes: {', '.join(splits.class_names)}")
    for key, value in report["sets"].items():
        print(f"  {key:<10} {value['count']:>7,} images   ({value['source']})")
    return 0


def _info(args) -> int:
    if args.path:
        return _describe_path(args.path, args.json)
    entries = catalogue()
    if args.json:
        print(json.dumps([{"name": e.name, "kind": e.kind, "path": str(e.path),
                           "counts": e.counts, "class_names": list(e.class_names),
                           "checksums": e.checksums, "problem": e.problem}
                          for e in entries], indent=2))
        return 0
    print(f"Datasets available offline (cache folder: {cache_dir()}):")
    for e in entries:
        sizes = "  ".join(f"{k} {v:,}" for k, v in e.counts.items())
        classes = ("digits 0-9" if e.class_names == tuple("0123456789")
                   else ", ".join(e.class_names))
        print(f"\n  {e.name}  [{e.kind}]  {sizes}")
        print(f"    path:    {e.path}")
        if e.problem:
            print(f"    problem: {e.problem}")
            continue
        print(f"    classes: {classes}")
        for file, digest in e.checksums.items():
            print(f"    sha256:  {digest}  {file}")
    return 0


def run(args) -> int:
    if args.data_action == "info":
        return _info(args)
    if args.data_action == "download":
        dest = download_mnist(mirror_urls=args.mirror, timeout=args.timeout,
                              progress=None if args.quiet else sys.stderr, force=args.force)
        print(f"MNIST downloaded and verified in {dest}")
        return 0
    if args.data_action == "import":
        from backprop_viz.cli.progress import progress_bar
        from backprop_viz.data.pngfolder import reporting

        bar = progress_bar(None, "import", unit="image")

        def report(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        try:
            with reporting(report):
                entry = import_path(args.path, name=args.name, force=args.force)
        finally:
            bar.close()
        sizes = ", ".join(f"{v:,} {k}" for k, v in entry.counts.items())
        print(f"imported {args.path} as {entry.name!r} ({sizes}) into {entry.path}")
        return 0
    raise DataError(f"unknown data action {args.data_action!r}")  # pragma: no cover
