"""Pictures the tests draw, kept for people to look at: headless Chromium screenshots of HTML
and PNG figures, written under `artifacts/` at the repository root (git-ignored; CI keeps
the folder as an artefact), each checked for being drawn rather than blank."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
NO_CHROMIUM = "chromium is not installed (Debian: apt-get install -y chromium)"


def artifact(*parts: str) -> Path:
    """ARTIFACTS/<parts>, its folder made."""
    path = ARTIFACTS.joinpath(*parts)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def screenshot(html: Path, png: Path, *, width: int = 1280, height: int = 2000, profile: Path | None = None) -> Path:
    """`html` as Chromium draws it, `width` x `height` pixels, saved to `png`."""
    assert CHROMIUM, NO_CHROMIUM
    profile = profile or png.with_suffix(".profile")
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--no-first-run", "--disable-sync", "--hide-scrollbars",
           f"--user-data-dir={profile}", f"--screenshot={png}", f"--window-size={width},{height}", html.resolve().as_uri()]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    shutil.rmtree(profile, ignore_errors=True)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Page load failed" not in run.stderr and "Uncaught" not in run.stderr, run.stderr[-2000:]
    return png


def assert_drawn(png: Path, *, min_ink: float = 0.01) -> None:
    """`png` is a PNG with something drawn on it: not one flat colour, and at least `min_ink`
    of its pixels clearly darker than the background."""
    from matplotlib.image import imread

    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
    pixels = imread(png)[..., :3]
    assert pixels.std() > 0.02, f"{png} is blank"
    ink = (pixels.mean(axis=2) < 0.8).mean()
    assert ink >= min_ink, f"{png}: only {ink:.2%} of its pixels are drawn"


def save_notebook_figures(outputs: list, prefix: str) -> list[Path]:
    """Each PNG figure among an executed notebook's cell outputs, written to
    artifacts/notebooks/<prefix>-figure-<k>.png and checked for being drawn."""
    import base64

    figures = [o["data"]["image/png"] for o in outputs if "image/png" in o.get("data", {})]
    pngs = []
    for k, data in enumerate(figures):
        png = artifact("notebooks", f"{prefix}-figure-{k}.png")
        png.write_bytes(base64.b64decode(data))
        assert_drawn(png)
        pngs.append(png)
    return pngs
