"""A progress bar for long loads, shown only on a terminal."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

Reporter = Callable[[int, int, str], None]


@contextlib.contextmanager
def progress_reporter(enabled: bool, console: Console) -> Iterator[Reporter | None]:
    if not enabled:
        yield None
        return
    with Progress(
        TextColumn("loading"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[name]}", style="dim"),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("load", total=None, name="")

        def report(done: int, total: int, name: str) -> None:
            bar.update(task, completed=done, total=total, name=name[-50:])

        yield report
