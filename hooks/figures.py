"""Draw the figures beside the rest of the build and add them to the site's files.

hooks/figure_drawing.py draws every figure (figures/NAME.py, from the values of the build's
run of its snippet, sent by hooks/figure_runs.py) in a separate process started as the
build begins, so the drawing runs beside the snippets and pages. A page shows a figure
with ![alt text](figures/NAME.svg); nothing generated is committed. The process redraws
only when a figure script or a snippet changed.

The figures are files of the site from on_files, so links to them are checked. Under
`mkdocs build` they are copied into the site only at on_shutdown, once every language is
built (mkdocs-static-i18n builds the other languages inside the first one's on_post_build),
so the drawing runs beside all of it; a figure that fails still fails the command. Other
commands (`serve`, `gh-deploy`) use the site as soon as it is built: they wait at on_env,
just before MkDocs copies the files.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

import figure_drawing
import figure_runs
import languages  # hooks/languages.py: the site languages and their words

_drawing: dict = {}  # one drawing process per build, shared by both languages' builds


def site_languages(config) -> list[str]:
    return list(languages.site_languages(Path(config.config_file_path)))


def on_pre_build(config):
    root = Path(config.config_file_path).parent
    key = figure_runs.sources_hash(root)
    if _drawing.get("key") != key:  # a new build, or a rebuild under mkdocs serve
        folder = tempfile.TemporaryDirectory(prefix="figures-")  # removed when the build exits
        process = subprocess.Popen(
            [sys.executable, figure_drawing.__file__, config.config_file_path, folder.name,
             *site_languages(config)],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        figure_runs.send(process, root, Path(folder.name))  # each snippet's run, as it ends
        _drawing.update(key=key, folder=folder, process=process)


def on_files(files, config):
    folder, languages = Path(_drawing["folder"].name), site_languages(config)
    for script in figure_drawing.scripts(Path(config.config_file_path).parent):
        for stem in (script.stem, script.stem + figure_drawing.NARROW):
            for language in languages:
                uri = figure_drawing.svg_name(stem, language, languages)
                files.append(File.generated(config, uri, abs_src_path=str(folder / Path(uri).name)))
                _drawing.setdefault("uris", set()).add(uri)
    return files


def on_startup(command, dirty):
    _drawing["late"] = command == "build"


def on_build_error(error):
    if _drawing.get("process") and _drawing["process"].poll() is None:
        _drawing["process"].kill()  # nothing will be copied from a build that failed
    _drawing.clear()


def on_env(env, config, files):
    """MkDocs copies files right after this event: the figures go now, or after the build."""
    drawn = [file for file in files if file.src_uri in _drawing["uris"]]
    if not _drawing.get("late"):
        finished()
        return env
    for file in drawn:
        files.remove(file)
        _drawing.setdefault("copies", {})[file.abs_dest_path] = file
    return env


def on_shutdown():
    copies = _drawing.pop("copies", {})
    if copies:
        finished()
        for file in copies.values():
            file.copy_file()


def finished() -> None:
    errors = _drawing["process"].stderr.read()  # to its end: the drawing is over (its stdin is figure_runs')
    if _drawing["process"].wait() != 0:
        raise PluginError(errors.strip().splitlines()[-1] if errors.strip() else "figures: drawing failed")
