"""`lakesweep report`: a self-contained page whose charts render in headless Chromium."""

from __future__ import annotations

import os
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import matplotlib.image
import pytest
from typer.testing import CliRunner

CHROMIUM = Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists() and not os.environ.get("CI"),
    reason="Debian's chromium is not installed (apt-get install chromium); CI always runs this",
)
SLUGS = ["tokens-by-model", "top-orgs", "requests-by-endpoint", "deletions-by-rule"]
TITLES = [
    "Tokens over time by model (per day)",
    "Top organizations",
    "Requests per endpoint",
    "Deletions per rule in the last runs",
]


class Charts(HTMLParser):
    """Collects each <figure id> with its <svg> title and the text drawn inside the svg."""

    def __init__(self) -> None:
        super().__init__()
        self.figures: dict[str, dict] = {}
        self._figure: str | None = None
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "figure":
            self._figure = attributes.get("id")
            self.figures[self._figure] = {"svg": 0, "title": "", "text": []}
        elif self._figure and tag == "svg":
            self.figures[self._figure]["svg"] += 1
        self._in_title = tag == "title" and self._figure is not None

    def handle_endtag(self, tag: str) -> None:
        if tag == "figure":
            self._figure = None
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._figure is None:
            return
        if self._in_title:
            self.figures[self._figure]["title"] += data
        elif data.strip():
            self.figures[self._figure]["text"].append(data.strip())


def parse(html: str) -> dict[str, dict]:
    parser = Charts()
    parser.feed(html)
    return parser.figures


def write_report(app, lake: Path, tmp_path: Path, *extra: str) -> Path:
    out = tmp_path / "out" / "report.html"
    result = CliRunner().invoke(app, ["report", "--lake", str(lake), "--out", str(out), *extra])
    assert result.exit_code == 0, result.stderr
    return out


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "chromium-profile"
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--host-resolver-rules=MAP * ~NOTFOUND",  # any network fetch would fail
        f"--user-data-dir={profile}",
        *args,
    ]
    env = {**os.environ, "HOME": str(tmp_path)}
    done = subprocess.run(command, capture_output=True, text=True, timeout=90, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def test_report_is_one_self_contained_page(app, small_lake: Path, tmp_path: Path) -> None:
    html = write_report(app, small_lake, tmp_path).read_text(encoding="utf-8")
    figures = parse(html)
    assert list(figures) == [f"chart-{slug}" for slug in SLUGS]
    assert [f["title"] for f in figures.values()] == TITLES
    assert all(f["svg"] == 1 for f in figures.values())
    for forbidden in ("<script", "<link", "<img", "@import", "url(http", "src="):
        assert forbidden not in html
    # the only URLs are XML namespace names, which are never fetched
    assert set(re.findall(r"https?://[^\s\"'<>)]+", html)) <= {
        "http://www.w3.org/2000/svg",
        "http://www.w3.org/1999/xlink",
        "http://purl.org/dc/elements/1.1/",
        "http://creativecommons.org/ns#",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    }
    text = {slug: figures[f"chart-{slug}"]["text"] for slug in SLUGS}
    assert {"acme", "beta", "gamma"} <= set(text["top-orgs"])
    assert {"chat", "rerank", "embed"} <= set(text["requests-by-endpoint"])
    assert {"m-large", "m-small", "m-embed"} <= set(text["tokens-by-model"])
    assert {"expired", "erasure", "opted_out", "zero_data_retention"} <= set(
        text["deletions-by-rule"]
    )


def test_png_export_of_each_chart(app, small_lake: Path, tmp_path: Path) -> None:
    png_dir = tmp_path / "png"
    write_report(app, small_lake, tmp_path, "--png-dir", str(png_dir))
    assert sorted(p.name for p in png_dir.iterdir()) == sorted(f"{s}.png" for s in SLUGS)
    for path in png_dir.iterdir():
        image = matplotlib.image.imread(path)
        assert image.shape[0] > 200 and image.shape[1] > 600
        assert image[..., :3].std() > 0.05, path.name  # not a blank canvas


def test_report_of_a_new_lake_says_there_is_no_data(app, empty_lake, tmp_path) -> None:
    html = write_report(app, empty_lake, tmp_path).read_text(encoding="utf-8")
    figures = parse(html)
    assert len(figures) == 4
    assert "No usage aggregates yet" in figures["chart-top-orgs"]["text"]
    assert "No runs recorded in the ledger yet" in figures["chart-deletions-by-rule"]["text"]


@needs_chromium
def test_report_renders_in_headless_chromium(app, small_lake: Path, tmp_path: Path) -> None:
    assert CHROMIUM.exists(), "CI needs Debian's chromium for this test: apt-get install chromium"
    page = write_report(app, small_lake, tmp_path).resolve().as_uri()
    dom = chromium(tmp_path, "--dump-dom", page).stdout
    figures = parse(dom)
    assert list(figures) == [f"chart-{slug}" for slug in SLUGS]
    assert [f["title"] for f in figures.values()] == TITLES
    assert all(f["svg"] == 1 for f in figures.values())

    shot = tmp_path / "screenshot.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1000,2600", page)
    image = matplotlib.image.imread(shot)[..., :3]
    assert image.shape[:2] == (2600, 1000)
    drawn = (image < 0.9).any(axis=2)  # pixels that are not (near) white
    assert drawn.mean() > 0.02, "the screenshot is (almost) blank"
    # the bar colour of the org and endpoint charts (#4c78a8) is on screen
    bars = (abs(image - [0x4C / 255, 0x78 / 255, 0xA8 / 255]) < 0.03).all(axis=2)
    assert bars.sum() > 2000
    # charts are spread down the page: something is drawn in each quarter of its height
    rows_drawn = drawn.any(axis=1)
    quarters = [rows_drawn[i * 500 : (i + 1) * 500].any() for i in range(4)]
    assert all(quarters), quarters
