"""``data download`` end to end against a local HTTP server on 127.0.0.1.

The server serves the bundled MNIST files under ``/good/``, and misbehaves under other
prefixes: wrong content, gzip garbage, a truncated transfer, a stall and a 404.
"""

from __future__ import annotations

import gzip
import io
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np
import pytest

from backprop_viz.cli.main import main
from backprop_viz.data import DataError, download_mnist, load_bundled_mnist, load_path
from backprop_viz.data.bundled import bundled_dir

WRONG = gzip.compress(b"\0\0\x08\x01\0\0\0\x02\x01\x02")


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        self.server.requests.append(self.path)
        mode, _, name = self.path.strip("/").partition("/")
        if mode == "missing":
            self.send_error(404, "Not Found")
            return
        body = (bundled_dir() / name).read_bytes() if mode in ("good", "truncated",
                                                              "stall") else None
        if mode == "wrong":
            body = WRONG
        elif mode == "garbage":
            body = b"\x1f\x8bthis is not gzip" * 10
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if mode == "truncated":
            self.wfile.write(body[:len(body) // 3])
            self.wfile.flush()
            self.close_connection = True
            return
        if mode == "stall":
            self.wfile.write(body[:1000])
            self.wfile.flush()
            self.server.stalling.set()
            if not self.server.release.wait(10):   # the client hung on: end the transfer (truncated)
                self.server.stall_ended.set()
            return
        self.wfile.write(body)


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.requests = []
    httpd.release = threading.Event()      # ends a stalled transfer (teardown)
    httpd.stalling = threading.Event()     # a stalled transfer sent its first bytes and waits
    httpd.stall_ended = threading.Event()  # ... and gave up waiting (10 s) before the client did
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    httpd.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield httpd
    httpd.release.set()
    httpd.shutdown()
    httpd.server_close()


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_good_transfer_is_verified_and_loads(server, tmp_path):
    progress = io.StringIO()
    dest = download_mnist(tmp_path / "dl", [f"{server.base}/good/"], timeout=10,
                          progress=progress)
    assert leftovers(dest) == sorted(["t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz",
                                      "train-images-idx3-ubyte.gz",
                                      "train-labels-idx1-ubyte.gz"])
    assert "100%" in progress.getvalue() and "train-images-idx3-ubyte.gz" in progress.getvalue()
    loaded, bundled = load_path(dest), load_bundled_mnist()
    assert np.array_equal(loaded.train.images, bundled.train.images)
    assert np.array_equal(loaded.test.labels, bundled.test.labels)
    count = len(server.requests)
    again = io.StringIO()
    download_mnist(dest, [f"{server.base}/good"], progress=again)
    assert len(server.requests) == count and "already downloaded" in again.getvalue()


def test_bad_mirror_falls_back_to_the_next(server, tmp_path):
    progress = io.StringIO()
    download_mnist(tmp_path / "dl", [f"{server.base}/wrong", f"{server.base}/good"],
                   timeout=10, progress=progress)
    assert "SHA-256 mismatch" in progress.getvalue()
    assert "trying the next mirror" in progress.getvalue()
    assert server.requests[:2] == ["/wrong/train-images-idx3-ubyte.gz",
                                   "/good/train-images-idx3-ubyte.gz"]
    assert len(leftovers(tmp_path / "dl")) == 4


@pytest.mark.parametrize("mode, problem", [
    ("wrong", "SHA-256 mismatch"),
    ("garbage", "not valid gzip data"),
    ("truncated", r"transfer truncated: got 3210203 of 9630610 bytes$"),
    ("missing", "HTTP 404"),
])
def test_failed_transfers_leave_nothing_behind(server, tmp_path, mode, problem):
    with pytest.raises(DataError) as info:
        download_mnist(tmp_path / "dl", [f"{server.base}/{mode}"], timeout=10)
    message = str(info.value)
    assert message.startswith(str(tmp_path / "dl" / "train-images-idx3-ubyte.gz") + ": ")
    assert "download failed on every mirror" in message and re.search(problem, message)
    assert leftovers(tmp_path / "dl") == []


def test_stalled_server_times_out(server, tmp_path):
    with pytest.raises(DataError, match=r"no data for 0.3 s \(timed out\)"):
        download_mnist(tmp_path / "dl", [f"{server.base}/stall"], timeout=0.3)
    # the client gave up on its own read timeout while the server still held the transfer open
    # (had it waited for the server instead, the transfer would have ended truncated)
    assert server.stalling.is_set() and not server.stall_ended.is_set()
    assert server.requests == ["/stall/train-images-idx3-ubyte.gz"]   # one file tried, not every one
    assert leftovers(tmp_path / "dl") == []


def test_refused_connection(tmp_path):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(DataError, match="ConnectionRefusedError"):
        download_mnist(tmp_path / "dl", [f"http://127.0.0.1:{port}/"], timeout=2)


def test_interrupted_download_leaves_no_half_file(server, tmp_path):
    class Interrupting(io.StringIO):
        def write(self, text):
            if "%" in text and " 0%" not in text:
                raise KeyboardInterrupt
            return super().write(text)

    with pytest.raises(KeyboardInterrupt):
        download_mnist(tmp_path / "dl", [f"{server.base}/good"], progress=Interrupting())
    assert leftovers(tmp_path / "dl") == []


def test_cli_download_uses_env_mirrors_and_cache(server, monkeypatch, capsys, private_cache):
    monkeypatch.setenv("BACKPROP_VIZ_MNIST_MIRRORS", f"{server.base}/missing {server.base}/good")
    assert main(["data", "download", "--timeout", "10"]) == 0
    out, err = capsys.readouterr()
    assert "downloaded and verified" in out and "HTTP 404" in err and "100%" in err
    assert len(leftovers(private_cache / "mnist")) == 4
    assert main(["data", "info"]) == 0
    assert "mnist-downloaded  [downloaded]  train 60,000  test 10,000" in capsys.readouterr().out


def test_cli_download_errors_are_one_line(server, capsys, private_cache):
    code = main(["data", "download", "--quiet", "--mirror", f"{server.base}/stall",
                 "--timeout", "0.3"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert err.startswith("backprop-viz data: error: ") and "timed out" in err
    assert "Traceback" not in err and leftovers(private_cache / "mnist") == []
    with pytest.raises(SystemExit) as info:
        main(["data", "download", "--timeout", "0"])
    assert info.value.code == 2
