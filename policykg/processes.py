"""Child processes that end with their parent.

Why: when a build is killed with SIGKILL, Python runs no clean-up; extraction workers
and parsing children would live on, holding memory and (through inherited descriptors)
the store's lock, so every later command said the store was in use. On Linux the
kernel can send a child a signal when its parent ends; elsewhere children still stop
at the end of their input.
"""

from __future__ import annotations

import os
import signal
import sys


def die_with_parent(parent: int | None = None) -> None:
    """Ask the kernel to SIGKILL this process when its parent ends; exit now if it already has."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if parent is not None and os.getppid() != parent:  # the parent went before the request took effect
        os._exit(0)


def end_on_sigterm() -> None:
    """Give SIGTERM back its default action in a worker process: end at once.

    Why: workers are forked from the command, and inherit its SIGTERM handler (which raises an
    exception so the command can roll back and print one line). A worker has nothing to roll
    back; when that exception ran Python's exit path in the forked copy it could stop for good on
    a lock no thread held any more, and the parent, joining the worker after ``Pool.terminate()``,
    waited with it (a test run hung this way for 85 minutes, about one time in 200)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def child_pids(pid: int) -> list[int]:
    """Ids of the direct children of ``pid`` (none when it is gone), through psutil.

    Used by the tests and the fault sweep to check that no worker outlives its build."""
    import psutil

    try:
        return [child.pid for child in psutil.Process(pid).children()]
    except psutil.Error:
        return []


def is_running(pid: int) -> bool:
    """Whether ``pid`` still runs; a zombie (ended, not yet reaped) holds nothing and counts as ended."""
    import psutil

    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False
