"""Third-party JavaScript for the report, fetched at build time and never committed.

``vendor.json`` pins each npm package (name, version, license, the sha512
``dist.integrity`` the registry publishes, and the file to inline). ``fetch``
runs ``npm pack`` into ``build/vendor/`` and keeps a tarball only when its
hash and license match the pin. ``scripts`` checks the hash again and reads the
pinned file out of each tarball, so what the report inlines is exactly what
was pinned, even if build/vendor/ was touched since.
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

MANIFEST = Path(__file__).with_name("vendor.json")
VENDOR_DIR = Path(__file__).resolve().parents[2] / "build" / "vendor"
FETCH_COMMAND = "make vendor  (or: python -m pipeline vendor)"


class VendorError(OSError):
    """The vendored JavaScript is missing or does not match its pin; the message names the command that fixes it."""


@dataclass(frozen=True, slots=True)
class Package:
    name: str
    version: str
    license: str
    integrity: str  # "sha512-<base64>"
    file: str  # path inside the tarball

    @property
    def tarball(self) -> str:
        return f"{self.name}-{self.version}.tgz"  # what 'npm pack' names it (unscoped packages)


def packages(manifest: Path = MANIFEST) -> list[Package]:
    return [Package(**p) for p in json.loads(manifest.read_text(encoding="utf-8"))["packages"]]


def integrity(path: Path) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(path.read_bytes()).digest()).decode("ascii")


def _verified_member(pkg: Package, tarball: Path, member: str) -> bytes:
    got = integrity(tarball)
    if got != pkg.integrity:
        raise VendorError(f"{tarball} has integrity {got}, but vendor.json pins {pkg.integrity} for "
                          f"{pkg.name}@{pkg.version}: delete it and run {FETCH_COMMAND}")
    with tarfile.open(tarball, "r:gz") as tar:
        try:
            fh = tar.extractfile(member)
        except KeyError:
            fh = None
        if fh is None:
            raise VendorError(f"{tarball} holds no file {member}: fix 'file' for {pkg.name} in {MANIFEST}")
        return fh.read()


def fetch(dest: Path = VENDOR_DIR, npm: str = "npm", timeout: float = 300) -> list[Path]:
    """Download every pinned tarball with ``npm pack`` into ``dest``; verify hash and license. Returns the tarballs."""
    if shutil.which(npm) is None:
        raise VendorError(f"'{npm}' is not on PATH: install Node.js with npm (Debian: apt-get install npm), then run {FETCH_COMMAND}")
    dest.mkdir(parents=True, exist_ok=True)
    out = []
    for pkg in packages():
        target = dest / pkg.tarball
        if target.exists() and integrity(target) == pkg.integrity:
            out.append(target)
            continue
        with tempfile.TemporaryDirectory(dir=dest) as tmp:
            spec = f"{pkg.name}@{pkg.version}"
            done = subprocess.run([npm, "pack", spec, "--pack-destination", tmp, "--silent"],
                                  capture_output=True, text=True, timeout=timeout, check=False)
            got = Path(tmp) / pkg.tarball
            if done.returncode != 0 or not got.exists():
                raise VendorError(f"npm pack {spec} failed (exit {done.returncode}): {done.stderr.strip()[-500:]}")
            meta = json.loads(_verified_member(pkg, got, "package/package.json"))
            if meta.get("license") != pkg.license:
                raise VendorError(f"{spec} declares license {meta.get('license')!r}, vendor.json says {pkg.license!r}: "
                                  "review the new license before changing the pin")
            got.replace(target)
        out.append(target)
    return out


def scripts(folder: Path = VENDOR_DIR) -> list[tuple[Package, str]]:
    """Each pinned package with the source of its pinned file, in manifest order (the order to load them)."""
    out = []
    for pkg in packages():
        tarball = folder / pkg.tarball
        if not tarball.exists():
            raise VendorError(f"{tarball} is missing: run {FETCH_COMMAND} (needs npm and the npm registry once)")
        source = _verified_member(pkg, tarball, pkg.file).decode("utf-8")
        out.append((pkg, source.replace("\r\n", "\n").replace("\r", "\n")))  # as the HTML parser reads it (CSP hashes)
    return out
