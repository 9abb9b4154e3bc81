#!/usr/bin/env bash
# Install Debian's chromium for the report's browser test (tests/test_report_browser.py).
# Idempotent: does nothing when chromium is already on PATH. Needs root or sudo.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  echo "chromium present: $(chromium --version 2>/dev/null || echo unknown version)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
# wait for another apt run (a second CI job on the same machine) instead of failing on its lock
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -q chromium
chromium --version
