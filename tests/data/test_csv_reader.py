"""785-column CSV: round trips (header, CRLF, gzip, decimals, block edges) and bad rows."""

from __future__ import annotations

import gzip

import numpy as np
import pytest

import backprop_viz.data.csvfile as csvfile
from backprop_viz.data import DataError, read_csv, write_csv


def rows_text(ds, sep=",", end="\n") -> str:
    flat = ds.images.reshape(len(ds), -1)
    return "".join(sep.join(str(v) for v in [int(lab), *row]) + end
                   for lab, row in zip(ds.labels, flat))


def assert_same(a, b):
    np.testing.assert_array_equal(a.images, b.images)
    np.testing.assert_array_equal(a.labels, b.labels)


@pytest.mark.parametrize("header", [False, True])
@pytest.mark.parametrize("name", ["d.csv", "d.csv.gz"])
def test_round_trip(tmp_path, make_ds, header, name):
    ds = make_ds(25)
    write_csv(tmp_path / name, ds, header=header)
    back = read_csv(tmp_path / name)
    assert_same(back, ds)
    assert back.images.dtype == np.uint8 and back.labels.dtype == np.uint8
    assert back.source == str(tmp_path / name)


def test_writer_output_matches_plain_python_formatting(tmp_path, make_ds):
    ds = make_ds(7)
    write_csv(tmp_path / "d.csv", ds)
    assert (tmp_path / "d.csv").read_text() == rows_text(ds)
    write_csv(tmp_path / "h.csv", ds, header=True)
    first = (tmp_path / "h.csv").read_text().split("\n", 1)[0].split(",")
    assert first[:3] == ["label", "1x1", "1x2"] and first[-1] == "28x28" and len(first) == 785


def test_crlf_missing_final_newline_and_bom(tmp_path, make_ds):
    ds = make_ds(6)
    text = rows_text(ds, end="\r\n").rstrip("\r\n")
    (tmp_path / "w.csv").write_bytes(b"\xef\xbb\xbf" + text.encode())
    assert_same(read_csv(tmp_path / "w.csv"), ds)


def test_decimals_spaces_and_blank_lines_take_the_careful_path(tmp_path, make_ds):
    ds = make_ds(5)
    flat = ds.images.reshape(5, -1)
    lines = [", ".join(f"{v}.0" for v in [int(lab), *row]) for lab, row in zip(ds.labels, flat)]
    (tmp_path / "f.csv").write_text("\n\n".join(lines) + "\n\n")
    assert_same(read_csv(tmp_path / "f.csv"), ds)


@pytest.mark.parametrize("block", [777, 4096, 12345])
def test_block_boundaries_anywhere(tmp_path, make_ds, monkeypatch, block):
    monkeypatch.setattr(csvfile, "_BLOCK", block)
    ds = make_ds(40)
    write_csv(tmp_path / "b.csv", ds, header=True)
    assert_same(read_csv(tmp_path / "b.csv"), ds)


def test_leading_zeros_and_header_with_quotes(tmp_path, make_ds):
    ds = make_ds(3)
    flat = ds.images.reshape(3, -1)
    header = '"label",' + ",".join(f'"p{i}"' for i in range(784)) + "\n"
    body = "".join(",".join(f"{v:04d}" for v in [int(lab), *row]) + "\n"
                   for lab, row in zip(ds.labels, flat))
    (tmp_path / "z.csv").write_text(header + body)
    assert_same(read_csv(tmp_path / "z.csv"), ds)


def good_row(label=3, fill=7) -> list[str]:
    return [str(label)] + [str(fill)] * 784


def bad_file(tmp_path, rows, header=False) -> str:
    lines = [",".join(good_row()) for _ in range(3)]
    lines += [",".join(r) if isinstance(r, list) else r for r in rows]
    text = ("label," + ",".join(f"p{i}" for i in range(784)) + "\n" if header else "")
    path = tmp_path / "mnist_bad.csv"
    path.write_text(text + "\n".join(lines) + "\n")
    return str(path)


@pytest.mark.parametrize("row, problem", [
    (good_row()[:-1], "line 4 has 784 values, expected 785"),
    (good_row() + ["0"], "line 4 has 786 values, expected 785"),
    (good_row()[:5] + ["abc"] + good_row()[6:], "line 4: non-numeric value 'abc' in column 6"),
    (good_row()[:5] + [""] + good_row()[6:], "line 4: non-numeric value '' in column 6"),
    (good_row()[:9] + ["-1"] + good_row()[10:], "line 4: pixel -1 in column 10 is below 0"),
    (good_row()[:9] + ["256"] + good_row()[10:], "line 4: pixel 256 in column 10 is above 255"),
    (good_row()[:9] + ["1000"] + good_row()[10:], "line 4: pixel 1000 in column 10 is above 255"),
    (good_row()[:2] + ["NaN"] + good_row()[3:], "line 4: NaN pixel in column 3"),
    (good_row()[:2] + ["inf"] + good_row()[3:], "line 4: infinite pixel in column 3"),
    (good_row()[:2] + ["2.5"] + good_row()[3:],
     "line 4: pixel 2.5 in column 3 is not a whole number"),
    (good_row(label=10), "line 4: label 10 in column 1 is above 9"),
    (good_row(label=-2), "line 4: label -2 in column 1 is below 0"),
    (["nan"] + good_row()[1:], "line 4: NaN label in column 1"),
])
def test_bad_rows_name_file_line_and_problem(tmp_path, row, problem):
    path = bad_file(tmp_path, [row])
    with pytest.raises(DataError) as info:
        read_csv(path)
    assert str(info.value).startswith(f"{path}: {problem}")


def test_line_numbers_count_the_header(tmp_path):
    path = bad_file(tmp_path, [good_row()[:-1]], header=True)
    with pytest.raises(DataError, match="line 5 has 784 values"):
        read_csv(path)


@pytest.mark.parametrize("content, problem", [
    (b"", "file is empty"),
    (b"label," + b",".join(b"p%d" % i for i in range(784)) + b"\n", "no data rows"),
    (b"\n\n  \n", "no data rows"),
    (b"label,a,b\n1,2,3\n", "header row has 3 columns, expected 785"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03garbage!", "broken gzip data"),
    (b"1," * 600_000, "is longer than"),
], ids=["empty", "header-only", "blank", "short-header", "gzip-garbage", "long-line"])
def test_bad_files(tmp_path, content, problem):
    path = tmp_path / "mnist_train.csv"
    path.write_bytes(content)
    with pytest.raises(DataError) as info:
        read_csv(path)
    assert str(info.value).startswith(f"{path}: ") and problem in str(info.value)


def test_truncated_gzip_csv(tmp_path, make_ds):
    write_csv(tmp_path / "t.csv.gz", make_ds(4))
    data = (tmp_path / "t.csv.gz").read_bytes()
    (tmp_path / "t.csv.gz").write_bytes(data[:len(data) // 2])
    with pytest.raises(DataError, match="t.csv.gz: broken gzip data"):
        read_csv(tmp_path / "t.csv.gz")


def test_truncated_plain_csv_reports_the_short_last_row(tmp_path, make_ds):
    write_csv(tmp_path / "t.csv", make_ds(4))
    data = (tmp_path / "t.csv").read_bytes()
    (tmp_path / "t.csv").write_bytes(data[:len(data) - 1000])
    with pytest.raises(DataError, match=r"t.csv: line 4 has \d+ values, expected 785"):
        read_csv(tmp_path / "t.csv")


def test_gzip_csv_of_many_rows(tmp_path, make_ds):
    ds = make_ds(300)
    (tmp_path / "g.csv.gz").write_bytes(gzip.compress(rows_text(ds).encode()))
    assert_same(read_csv(tmp_path / "g.csv.gz"), ds)
