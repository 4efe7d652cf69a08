"""Where each key of a TOML lesson file is, by line, so every problem can name its line.

``tomllib`` reads the values but forgets positions; :func:`key_lines` scans the text once
and maps each key path — ``("title", "ko")``, ``("questions", 2, "tolerance")`` — to its
1-based line: table headers (``[title]``, ``[questions.prompt]``), arrays of tables
(``[[questions]]``, counted), ``key = value`` lines (dotted keys too) and the keys of
inline tables (``prompt = { en = "…", ko = "…" }``), skipping multi-line strings and
arrays. :func:`line_of` finds the nearest recorded ancestor of a path, so a missing key
is reported at the table that should hold it. :func:`error_line` reads the line from a
``TOMLDecodeError``. Good enough for hand-written lesson files, not a TOML parser.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*((?:[A-Za-z0-9_-]+|\"[^\"]*\")(?:\s*\.\s*(?:[A-Za-z0-9_-]+|\"[^\"]*\"))*)\s*=\s*(.*)$")
_INLINE_KEY = re.compile(r"(?:^|[{,])\s*([A-Za-z0-9_-]+)\s*=")


def _parts(dotted: str) -> tuple[str, ...]:
    return tuple(p.strip().strip('"') for p in dotted.split("."))


def _opens_multiline(value: str) -> str | None:
    """The delimiter of a multi-line string opened (and not closed) on this line."""
    for delim in ('"""', "'''"):
        if value.startswith(delim) and value.count(delim) % 2 == 1:
            return delim
    return None


def _bracket_depth(value: str) -> int:
    depth, quote = 0, None
    for ch in value:
        if quote:
            if ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
        elif ch == "#":
            break
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
    return depth


def key_lines(text: str) -> dict[tuple, int]:
    """Key path → 1-based line for every table and key in ``text``."""
    lines: dict[tuple, int] = {}
    counts: dict[tuple, int] = {}
    table: tuple = ()
    inside: str | None = None        # an open multi-line string's delimiter
    depth = 0                        # open brackets of a multi-line array
    for number, raw in enumerate(text.splitlines(), start=1):
        if inside is not None:
            if raw.count(inside) % 2 == 1:
                inside = None
            continue
        if depth > 0:
            depth += _bracket_depth(raw)
            continue
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        header = _HEADER.match(raw)
        if header and not _KEY.match(raw):
            path = _parts(header.group(2))
            if header.group(1) == "[[":
                index = counts.get(path, 0)
                counts[path] = index + 1
                table = (*path, index)
            else:
                # a sub-table of the latest element of an array of tables: [questions.prompt]
                head = path[:1]
                table = (*head, counts[head] - 1, *path[1:]) if head in counts and len(path) > 1 else path
            lines.setdefault(table, number)
            continue
        key = _KEY.match(raw)
        if key is None:
            continue
        path = (*table, *_parts(key.group(1)))
        for end in range(len(table) + 1, len(path) + 1):   # a dotted key also places its tables
            lines.setdefault(path[:end], number)
        value = key.group(2).strip()
        inside = _opens_multiline(value)
        if inside is None:
            depth = _bracket_depth(value)
            if value.startswith("{"):
                for sub in _INLINE_KEY.finditer(value):
                    lines.setdefault((*path, sub.group(1)), number)
    return lines


def line_of(lines: dict[tuple, int], path: tuple) -> int:
    """The line of ``path``, or of its nearest recorded ancestor (1 for the file itself)."""
    for end in range(len(path), 0, -1):
        if path[:end] in lines:
            return lines[path[:end]]
    return 1


def error_line(exc: Exception) -> int:
    """The line a ``TOMLDecodeError`` points at (its ``lineno``, or ``(at line N…)`` in its text)."""
    line = getattr(exc, "lineno", None)
    if isinstance(line, int):
        return line
    m = re.search(r"line (\d+)", str(exc))
    return int(m.group(1)) if m else 1
