"""The review round trip against a real Label Studio server started on 127.0.0.1 by the test.

Label Studio is an optional extra with pins that clash with requirements/lock.txt (it wants pyarrow<25), so it
lives in its own venv: ``make labelstudio`` -> build/labelstudio/ (or LABEL_STUDIO=/path/to/label-studio).
The test skips with that message when it is absent, and fails under CI=true, where .ci/run installs it.

A reviewer logs in, creates a project with our labeling config, imports the tasks, submits each pre-annotation
as their annotation after changing one relation and one quotation's speaker, and exports; the export becomes
gold and eval sees the two corrections.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest
import requests
from report_fixture import require, write_fixture

from pipeline.evaluate import score_files
from pipeline.review import LABEL_CONFIG, export_tasks, import_gold

REPO = Path(__file__).resolve().parent.parent
LABEL_STUDIO = Path(os.environ.get("LABEL_STUDIO") or REPO / "build" / "labelstudio" / "bin" / "label-studio")
USER, PASSWORD = "reviewer@example.org", "review-only-not-a-secret"
START_TIMEOUT, REQUEST_TIMEOUT = 240, 60  # seconds; a first start migrates a fresh database (about 50 s here)

pytestmark = pytest.mark.slow  # a minute: starts a Django server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The base URL of a fresh Label Studio; the server and its children are killed at the end."""
    require(f"Label Studio ({LABEL_STUDIO}; install it with: make labelstudio)", LABEL_STUDIO.exists())
    data = tmp_path_factory.mktemp("labelstudio")
    port = _free_port()
    env = {**os.environ, "LABEL_STUDIO_BASE_DATA_DIR": str(data), "LABEL_STUDIO_USERNAME": USER,
           "LABEL_STUDIO_PASSWORD": PASSWORD, "LATEST_VERSION_CHECK": "false", "COLLECT_ANALYTICS": "false"}
    log = (data / "server.log").open("w")
    proc = subprocess.Popen([str(LABEL_STUDIO), "start", "--host", "127.0.0.1", "--port", str(port), "--no-browser",
                             "--data-dir", str(data)], env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    started = time.monotonic()
    try:
        while True:
            if proc.poll() is not None:
                pytest.fail(f"Label Studio exited with {proc.returncode}:\n{(data / 'server.log').read_text()[-3000:]}")
            try:
                if requests.get(f"{base}/health", timeout=5).ok:
                    break
            except requests.ConnectionError:
                pass
            if time.monotonic() - started > START_TIMEOUT:
                pytest.fail(f"Label Studio did not answer within {START_TIMEOUT} s:\n{(data / 'server.log').read_text()[-3000:]}")
            time.sleep(1)
        print(f"Label Studio answered after {time.monotonic() - started:.0f} s")
        yield base
    finally:
        _kill_group(proc, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            _kill_group(proc, signal.SIGKILL)
            proc.wait(timeout=20)
        log.close()


def _kill_group(proc: subprocess.Popen, sig: int) -> None:
    """Signal the server's process group; a group already gone (the server exited by itself) needs nothing."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, sig)


def _api(base: str) -> requests.Session:
    """A session holding a personal access token, obtained the way a reviewer gets one: log in, create, refresh."""
    web = requests.Session()
    web.get(f"{base}/user/login/", timeout=REQUEST_TIMEOUT).raise_for_status()
    web.post(f"{base}/user/login/", data={"email": USER, "password": PASSWORD, "csrfmiddlewaretoken": web.cookies["csrftoken"]},
             headers={"Referer": f"{base}/user/login/"}, timeout=REQUEST_TIMEOUT, allow_redirects=False).raise_for_status()
    made = web.post(f"{base}/api/token/", headers={"X-CSRFToken": web.cookies["csrftoken"], "Referer": base}, timeout=REQUEST_TIMEOUT)
    made.raise_for_status()
    access = requests.post(f"{base}/api/token/refresh/", json={"refresh": made.json()["token"]}, timeout=REQUEST_TIMEOUT)
    access.raise_for_status()
    api = requests.Session()
    api.headers["Authorization"] = f"Bearer {access.json()['access']}"
    return api


def _call(api: requests.Session, method: str, url: str, **kwargs):
    response = api.request(method, url, timeout=REQUEST_TIMEOUT, **kwargs)
    assert response.ok, f"{method} {url}: {response.status_code} {response.text[:500]}"
    return response.json()


def test_review_labelstudio_round_trip_correction_reaches_eval(server, tmp_path):
    predictions = write_fixture(tmp_path / "pred")
    api = _api(server)
    project = _call(api, "POST", f"{server}/api/projects/", json={"title": "review", "label_config": LABEL_CONFIG})["id"]
    _call(api, "POST", f"{server}/api/projects/{project}/import", json=export_tasks(predictions))
    tasks = _call(api, "GET", f"{server}/api/tasks/", params={"project": project, "page_size": 100})["tasks"]
    assert len(tasks) == 3

    for task in tasks:  # the reviewer opens each task, accepts the pre-annotation, fixes what is wrong, submits
        prediction = _call(api, "GET", f"{server}/api/predictions/", params={"task": task["id"]})[0]
        result = prediction["result"]
        if task["data"]["doc_id"] == "d1":
            funds = next(r for r in result if r["type"] == "relation" and "funds" in r["labels"])
            funds["labels"] = ["backs", "asserted"]
            said = next(r for r in result if r["type"] == "relation" and r["labels"] == ["said"])
            said["from_id"] = next(r["id"] for r in result if r.get("value", {}).get("text") == "Hezbollah")
        _call(api, "POST", f"{server}/api/tasks/{task['id']}/annotations/",
              json={"result": result, "parent_prediction": prediction["id"], "lead_time": 12.5})

    export = tmp_path / "export.json"
    exported = _call(api, "GET", f"{server}/api/projects/{project}/export", params={"exportType": "JSON"})
    export.write_text(json.dumps(exported), encoding="utf-8")
    gold, reviewed, unreviewed = import_gold(export, tmp_path / "reviewed.jsonl")
    assert (reviewed, unreviewed) == (3, 0)

    d1 = next(json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if '"d1"' in line)
    assert {"subject": "Iran", "relation": "backs", "object": "Hezbollah", "modality": "asserted"} in d1["relations"]
    assert d1["quotes"] == [{"quote": "We back Hezbollah fully,", "speaker": "Hezbollah", "kind": "direct"}]
    report = score_files([gold], predictions)
    assert report["relations"]["per_relation"]["funds"]["fp"] == 1 and report["relations"]["per_relation"]["backs"]["fn"] == 1
    assert report["relations"]["per_relation"]["trains"]["tp"] == 1  # untouched rows stay right
    assert report["quotes"]["direct_partial"]["fp"] == 1  # the spokesman is no longer the speaker
    assert report["entities"]["f1"] == 1.0  # entity spans went through Label Studio unchanged
