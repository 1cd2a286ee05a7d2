"""Dev tool: /who for random surnames over the 10,000-briefing store, as bench_discord asks it.

    .venv/bin/python -m bench.who_replies dump 400 > before.json   # every reply, rendered every way
    valgrind --tool=callgrind .venv/bin/python -m bench.who_replies run 600
    valgrind --tool=callgrind .venv/bin/python -m bench.who_replies run 100

`dump` writes, for each name, the Reply (as a dict), its Discord kwargs (the embed's dict), its Slack
blocks and its console text: two dumps compare byte for byte across a change. `run` answers the names
through dispatch and render_discord only (the bot's own share of an interaction); instructions per /who
= (collected with 600 - collected with 100) / 500: start-up, the store's open and the name index cancel out.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import random
import sys
from datetime import UTC, datetime
from typing import Any

from bench.bench_discord import NOW, store_with_10k
from bot.commands import dispatch
from bot.commands.spec import Deps
from bot.render.discord import render_discord
from bot.render.slack import render_slack
from bot.render.text import render_text
from bot.reply import Context, Moment, Reply
from bot.settings import Settings
from briefings.store import Store

HINT = "… (cut to fit Discord: narrow your /who to see the rest)"


def names(store: Store, n: int) -> list[str]:
    """n random lower-case surnames of stored people (fixed seed), as bench_discord draws them."""
    every = store.person_names("", limit=100_000)
    rng = random.Random(11)
    return [rng.choice(every).split()[-1].lower() for _ in range(n)]


def _plain(value: Any) -> Any:
    if isinstance(value, Moment):
        return {"moment": value.at.isoformat(), "style": value.style}
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(type(value))


def rendered(reply: Reply) -> dict[str, Any]:
    """The reply and everything each platform would send for it."""
    discord_kwargs = render_discord(reply, more_hint=HINT)
    embed = discord_kwargs.get("embed")
    return {
        "reply": dataclasses.asdict(reply),
        "discord": {
            "content": discord_kwargs.get("content"),
            "ephemeral": discord_kwargs["ephemeral"],
            "embed": embed.to_dict() if embed is not None else None,
        },
        "slack": render_slack(reply),
        "text": render_text(reply, tz=UTC, now=NOW),
    }


async def answer(mode: str, n: int) -> None:
    """Ask /who for n names; print the dump (mode 'dump') or nothing (mode 'run')."""
    store = store_with_10k()
    deps = Deps(store=store, settings=Settings(_env_file=None), now=lambda: NOW)  # type: ignore[call-arg]
    ctx = Context(platform="discord")
    queries = names(store, n)
    store.find_people_brief("warm")  # the name index, built once
    out = []
    for query in queries:
        reply = await dispatch(deps, "who", {"name": query}, ctx)
        if mode == "dump":
            out.append({"query": query, **rendered(reply)})
        else:
            render_discord(reply, more_hint=HINT)
    if mode == "dump":
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True, default=_plain)
        print()
    store.close()


if __name__ == "__main__":
    asyncio.run(answer(sys.argv[1], int(sys.argv[2])))
