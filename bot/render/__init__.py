"""Turn a platform-neutral Reply into each platform's form (text here; discord and slack beside it)."""
