"""Running the real ``claimcheck`` command in a pseudo-terminal of a given size, or in tmux."""

from __future__ import annotations

import fcntl
import os
import re
import select
import shutil
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]")
CLAIMCHECK = [sys.executable, "-c", "from claimcheck.cli import main; main()"]


def environment(**extra: str) -> dict[str, str]:
    """The test process's environment without what changes colour or width, plus ``extra``."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES", "TERM", "CLICOLOR")}
    env["TERM"] = "xterm-256color"
    env.update(extra)
    return env


def run_in_pty(args: list[str], *, columns: int = 100, rows: int = 40, env=None,
               stdout_file: Path | None = None, timeout: float = 120) -> tuple[int, bytes]:
    """``claimcheck ARGS`` with stdin, stderr (and stdout unless ``stdout_file``) on a terminal
    of ``columns`` × ``rows``; its exit code and everything the terminal showed."""
    import pty

    pid, fd = pty.fork()
    if pid == 0:  # the child: set the window size, then become claimcheck
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        if stdout_file is not None:
            handle = os.open(stdout_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.dup2(handle, 1)
        os.chdir(ROOT)
        os.execve(sys.executable, [*CLAIMCHECK, *args], env or environment())
    output = b""
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
    finally:
        if time.monotonic() >= deadline:
            os.kill(pid, 9)
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    return os.waitstatus_to_exitcode(status), output


def plain(output: bytes) -> str:
    """What a terminal shows, without colours and with Unix line ends."""
    return ANSI.sub(b"", output).replace(b"\r\n", b"\n").decode("utf-8", errors="replace")


TMUX = shutil.which("tmux")


class Tmux:
    """One detached tmux session of a fixed size running a command; keys in, screen out."""

    def __init__(self, command: str, *, columns: int = 100, rows: int = 45, env=None) -> None:
        self.name = f"claimcheck-test-{os.getpid()}-{time.monotonic_ns()}"
        self.env = env or environment()
        subprocess.run([TMUX, "new-session", "-d", "-s", self.name, "-x", str(columns),
                        "-y", str(rows), command], check=True, env=self.env, cwd=ROOT)
        subprocess.run([TMUX, "set-option", "-t", self.name, "remain-on-exit", "on"],
                       check=True, env=self.env)

    def screen(self) -> str:
        done = subprocess.run([TMUX, "capture-pane", "-p", "-J", "-S", "-200", "-t", self.name],
                              capture_output=True, text=True, env=self.env, check=False)
        return done.stdout

    def wait_for(self, text: str, timeout: float = 120) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never appeared; the screen:\n{self.screen()}")

    def send(self, *keys: str) -> None:
        subprocess.run([TMUX, "send-keys", "-t", self.name, *keys], check=True, env=self.env)

    def close(self) -> None:
        subprocess.run([TMUX, "kill-session", "-t", self.name], check=False, env=self.env,
                       capture_output=True)
