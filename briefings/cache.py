"""The store's read caches: the revision it last saw (re-read at most once a second) and bounded LRUs.

Every cached answer is keyed by the store revision (`meta.revision`, bumped by each write). Reading
that revision is an SQL round trip, so it is re-read only when REVISION_TTL seconds have passed since
the last read, or when this process wrote to the same database since (any Store on it, at once).
Writes by other processes are therefore seen at most REVISION_TTL seconds late.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

REVISION_TTL = 1.0  # seconds another process's write may go unseen

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

_writes: dict[str, int] = {}  # database identity -> writes made by this process (any Store)
_writes_lock = threading.Lock()


class Revision:
    """The revision of one database as last read, with the moment it was read."""

    def __init__(
        self, database: str, *, ttl: float = REVISION_TTL, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.database = database
        self.ttl = ttl
        self.clock = clock
        self._value = -1
        self._read_at = -float("inf")
        self._writes = -1

    def current(self, read: Callable[[], int]) -> int:
        """The cached revision, or `read()` when it is older than the TTL or this process wrote since."""
        now = self.clock()
        writes = _writes.get(self.database, 0)
        if writes == self._writes and now - self._read_at < self.ttl:
            return self._value
        value = read()  # the write count was taken first: a write racing this read forces another
        self._value, self._read_at, self._writes = value, now, writes
        return value

    def wrote(self) -> None:
        """Record a write by this process: every Store on this database re-reads the revision next."""
        with _writes_lock:
            _writes[self.database] = _writes.get(self.database, 0) + 1


class LRU(Generic[K, V]):
    """A thread-safe dict that forgets its least recently used entry beyond `size` entries."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        """The value under `key` (now the most recent), or None."""
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: K, value: V) -> None:
        """Keep `value` under `key`, dropping the oldest entry when full."""
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            if len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        """Forget everything."""
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)
