"""The README's commands and examples work as written."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys

import pytest
from helpers import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
CI = (REPO / ".ci" / "run").read_text(encoding="utf-8")


def section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, flags=re.M | re.S)
    assert match, f"README has no '## {title}' section"
    return match.group(1)


def code_blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", text, flags=re.M | re.S)


def quick_start() -> tuple[str, str]:
    (block,) = code_blocks(section("Quick start"), "sh")
    install_and_try, test = block.strip().splitlines()
    return install_and_try, test


def test_quick_start_has_install_then_tests_and_ci_runs_the_same() -> None:
    install_and_try, test = quick_start()
    install, _, _ = install_and_try.partition(" && ")
    assert "pip install -e '.[dev,web,parquet,train,spark]'" in install
    ci_lines = [line.strip() for line in CI.splitlines()]
    assert install.replace("pip install", "pip install --quiet") in ci_lines
    assert ci_lines[-1] == test  # CI's last step is exactly the README's test command


def test_quick_start_analyze_command_runs() -> None:
    install_and_try, _ = quick_start()
    _, _, command = install_and_try.partition(" && ")
    argv = shlex.split(command)
    assert argv[:2] == ["rasd", "analyze"]
    program = [shutil.which("rasd")] if shutil.which("rasd") else [sys.executable, "-m", "rasd"]
    done = subprocess.run([*program, *argv[1:]], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "[1] " in done.stdout


@pytest.mark.parametrize("index", range(len(code_blocks(section("Python API"), "python"))))
def test_python_api_examples_run(index: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    monkeypatch.chdir(REPO)
    exec(code_blocks(section("Python API"), "python")[index], {"__name__": "readme_example"})
    assert capsys.readouterr().out.strip()


def test_cli_reference_matches_the_parser(capsys: pytest.CaptureFixture) -> None:
    from rasd.cli import main

    synopsis = re.search(r"^### rasd analyze\n+```\n(.*?)^```", README, flags=re.M | re.S)
    assert synopsis, "README has no synopsis block right under '### rasd analyze'"
    with pytest.raises(SystemExit):
        main(["analyze", "--help"])
    help_text = capsys.readouterr().out
    for option in re.findall(r"--[a-z-]+", synopsis.group(1)):
        assert option in help_text, f"{option} is in the README but not in `rasd analyze --help`"
