"""Build the Java launcher of the embedded search node with Maven, and find its classpath.

    >>> from lab.searchnode.build import ensure_built
    >>> launch = ensure_built("opensearch")  # mvn -o package when the jars are cached
    >>> launch.main_class
    'onionscope.searchnode.OpenSearchLauncher'

Each engine is a small Maven project under this folder; ``mvn package`` compiles the launcher
and writes ``target/classpath.txt`` (absolute paths into ~/.m2). Builds are serialised with a
file lock because the pytest fixture and a CLI user may build at the same moment.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from lab.searchnode.errors import SearchNodeUnavailable

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Engine:
    """One embeddable search engine: its Maven project and launcher class."""

    name: str
    project: Path
    main_class: str


ENGINES: dict[str, Engine] = {
    "opensearch": Engine("opensearch", HERE, "onionscope.searchnode.OpenSearchLauncher"),
    # Elasticsearch 7.17 (Elastic License 2.0 / SSPL; fetched at build time, never shipped): no
    # painless, and Lucene's language analyzers stand in for the unpublished analysis-common.
    "elasticsearch": Engine(
        "elasticsearch", HERE / "elasticsearch", "onionscope.searchnode.ElasticsearchLauncher"
    ),
}


@dataclass(frozen=True)
class Launch:
    """What is needed to start an engine's JVM: java binary, classpath, main class."""

    engine: str
    java: str
    classpath: str
    main_class: str


def find_java() -> str:
    """Return the java binary (JAVA_HOME first, then PATH) or raise SearchNodeUnavailable."""
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").is_file():
        return str(Path(java_home) / "bin" / "java")
    java = shutil.which("java")
    if java is None:
        raise SearchNodeUnavailable(
            "java not found (need a Java 17+ JDK; set JAVA_HOME or install openjdk-17)"
        )
    return java


def find_mvn() -> str:
    mvn = shutil.which("mvn")
    if mvn is None:
        raise SearchNodeUnavailable("mvn not found (install Maven, then run scripts/searchnode-deps.sh)")
    return mvn


def get_engine(name: str) -> Engine:
    try:
        return ENGINES[name]
    except KeyError:
        raise SearchNodeUnavailable(
            f"unknown engine {name!r} (choose from {', '.join(sorted(ENGINES))})"
        ) from None


def _sources(project: Path) -> list[Path]:
    files = [project / "pom.xml"]
    for sub in ("src/main/java", "src/main/resources"):
        root = project / sub
        if root.is_dir():
            files.extend(p for p in root.rglob("*") if p.is_file())
    return files


def _classpath_file(project: Path) -> Path:
    return project / "target" / "classpath.txt"


def is_built(engine: Engine) -> bool:
    """True when target/ is newer than every source and every jar on the classpath still exists."""
    cp_file = _classpath_file(engine.project)
    if not cp_file.is_file():
        return False
    built_at = cp_file.stat().st_mtime
    if any(src.stat().st_mtime > built_at for src in _sources(engine.project)):
        return False
    jars = [j for j in cp_file.read_text().strip().split(os.pathsep) if j]
    return bool(jars) and all(Path(j).is_file() for j in jars)


def _mvn(mvn: str, project: Path, offline: bool) -> subprocess.CompletedProcess[str]:
    cmd = [mvn, "-B", "-q", "-Dstyle.color=never", *(["-o"] if offline else [])]
    cmd += ["-f", str(project / "pom.xml"), "package"]
    return subprocess.run(cmd, capture_output=True, text=True, stdin=subprocess.DEVNULL, check=False)


def _first_errors(output: str, count: int = 3) -> str:
    """The first meaningful [ERROR] lines of Maven output (the rest is boilerplate help)."""
    errors = [
        line.removeprefix("[ERROR]").strip()
        for line in output.splitlines()
        if line.startswith("[ERROR]") and line.removeprefix("[ERROR]").strip()
    ]
    useful = [e for e in errors if not e.startswith(("To see the full", "Re-run Maven", "For more", "[Help"))]
    return " | ".join(useful[:count]) or output.strip()[-300:]


def build(engine: Engine) -> None:
    """Run Maven for ``engine``: offline first (jars cached), online if that fails."""
    mvn = find_mvn()
    find_java()
    result = _mvn(mvn, engine.project, offline=True)
    if result.returncode != 0:
        result = _mvn(mvn, engine.project, offline=False)
    if result.returncode != 0:
        raise SearchNodeUnavailable(
            f"mvn package failed for {engine.name} in {engine.project} "
            f"(run scripts/searchnode-deps.sh): {_first_errors(result.stdout + result.stderr)}"
        )
    # build-classpath leaves an unchanged file alone; its mtime is the "built at" mark.
    _classpath_file(engine.project).touch()


def ensure_built(engine_name: str = "opensearch") -> Launch:
    """Build ``engine_name`` if its launcher is missing or stale; return how to launch it."""
    engine = get_engine(engine_name)
    java = find_java()
    target = engine.project / "target"
    target.mkdir(exist_ok=True)
    with open(target / ".build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not is_built(engine):
            build(engine)
    jars = _classpath_file(engine.project).read_text().strip()
    classpath = os.pathsep.join([str(target / "classes"), jars])
    return Launch(engine.name, java, classpath, engine.main_class)
