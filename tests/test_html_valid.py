"""Every built page is valid HTML by the Nu HTML Checker (vnu.jar, the W3C validator's engine).

The checker comes from npm (`vnu-jar`, pinned in package.json and package-lock.json): the
first run installs it with `npm ci --omit=dev --ignore-scripts` into node_modules/ (not
committed; --ignore-scripts, because its install script would download a Java from GitHub).
Java comes from the system (Debian: `apt-get install default-jre-headless`; .ci/run installs
it and npm). Without java or npm the test is skipped, except under CI=true, where it fails.

The one kind of message filtered out: MathML Core attributes that the checker's MathML schema
(MathML 3 era) does not know. MathML Core makes them global attributes of every MathML
element; each is listed with the section that allows it.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import subprocess

import pytest

from pages import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
MATHML_CORE_ATTRIBUTES = {
    "displaystyle": "https://w3c.github.io/mathml-core/#the-displaystyle-and-scriptlevel-attributes",
    "scriptlevel": "https://w3c.github.io/mathml-core/#the-displaystyle-and-scriptlevel-attributes",
}
# MathML Core's elements (https://w3c.github.io/mathml-core/#mathml-elements-and-attributes):
# only on these is a message about the attributes above the schema's age, not our mistake.
MATHML_ELEMENTS = {
    "math", "semantics", "annotation", "annotation-xml", "maction", "merror", "mfrac", "mi",
    "mmultiscripts", "mn", "mo", "mover", "mpadded", "mphantom", "mprescripts", "mroot", "mrow",
    "ms", "mspace", "msqrt", "mstyle", "msub", "msubsup", "msup", "mtable", "mtd", "mtext", "mtr",
    "munder", "munderover",
}
NOT_ALLOWED = re.compile(r"^Attribute “([\w:-]+)” not allowed on element “([\w:-]+)” at this point\.$")


def unavailable(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but {reason}: .ci/run must install it")
    pytest.skip(f"{reason}; HTML validity not checked")


def vnu_jar():
    if not VNU.exists():
        if not shutil.which("npm"):
            unavailable("npm is missing (apt-get install -y npm), needed once to install vnu-jar")
        with open(ROOT / ".node_modules.lock", "w") as lock:  # one install when xdist workers race
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not VNU.exists():
                subprocess.run(["npm", "ci", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund"],
                               cwd=ROOT, check=True, capture_output=True, timeout=600)
    return VNU


def schema_predates(message: dict) -> bool:
    found = NOT_ALLOWED.match(message.get("message", ""))
    return bool(found) and found[1] in MATHML_CORE_ATTRIBUTES and found[2] in MATHML_ELEMENTS


def test_every_page_is_valid_html(site):
    if not shutil.which("java"):
        unavailable("java is missing (apt-get install -y default-jre-headless)")
    pages = sorted(site.rglob("*.html"))
    done = subprocess.run(["java", "-jar", str(vnu_jar()), "--format", "json", "--errors-only",
                           *map(str, pages)], capture_output=True, text=True, timeout=300)
    messages = json.loads(done.stderr)["messages"]  # vnu writes its report to stderr
    errors = [m for m in messages if m.get("type") == "error" and not schema_predates(m)]
    assert errors == [], [(m["url"].removeprefix(site.as_uri()), m.get("lastLine"), m["message"])
                          for m in errors[:20]]
    assert done.returncode == (1 if messages else 0), done.stderr[-2000:]


def message(attribute: str, element: str) -> dict:
    return {"message": f"Attribute “{attribute}” not allowed on element “{element}” at this point."}


def test_filtered_attributes_are_mathml_core_ones():
    """The filter lets through only the listed attributes, each with the section allowing it."""
    spec = "https://w3c.github.io/mathml-core/#"
    assert all(url.startswith(spec) for url in MATHML_CORE_ATTRIBUTES.values())
    assert schema_predates(message("displaystyle", "mfrac"))
    assert not schema_predates(message("displaystyle", "div"))
    assert not schema_predates(message("autocomplete", "mi"))
