"""The bot as `briefbot run` hosts it: on uvloop when installed, with the start-up heap frozen."""

from __future__ import annotations

import asyncio
import gc
import importlib
import weakref
from datetime import UTC, datetime

from bot.runner import serve, settle_heap
from briefings.models import Briefing
from briefings.store import Store
from tests.fakes.discord_fake import Seen
from tests.fakes.discord_harness import deps_for, running_bot

NOW = datetime(2024, 7, 21, 9, 0, tzinfo=UTC)


def test_the_bot_answers_on_the_event_loop_briefbot_run_uses(store: Store, seed_briefing: Briefing) -> None:
    store.create_all()
    store.ingest(seed_briefing, "seed-hash")

    async def ask() -> tuple[str, Seen]:
        async with running_bot(deps_for(store, NOW)) as bot:
            seen = await bot.fake.command("who", {"name": "kamikawa"})
            return type(asyncio.get_running_loop()).__module__, seen

    loop_module, seen = serve(ask())
    assert loop_module.split(".")[0] == ("uvloop" if _installed("uvloop") else "asyncio")
    assert "Yoko Kamikawa" in seen.text and "Foreign Minister" in seen.text


def _installed(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


class _Node:
    """An object that can sit in a reference cycle."""

    def __init__(self) -> None:
        self.me: _Node | None = None


def test_a_settled_heap_still_collects_garbage_made_afterwards() -> None:
    threshold = gc.get_threshold()
    try:
        settle_heap()
        assert gc.get_freeze_count() > 0 and gc.isenabled()
        node = _Node()
        node.me = node  # a cycle: only the collector can free it
        alive = weakref.ref(node)
        del node
        gc.collect()
        assert alive() is None
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
