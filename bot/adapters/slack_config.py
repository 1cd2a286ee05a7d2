"""Slack credentials and connection settings, checked before anything connects."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.settings import Settings

DEFAULT_HOST = "0.0.0.0"  # HTTP mode: Slack must reach the events endpoint from outside
EVENTS_PATH = "/slack/events"


class SlackConfigError(ValueError):
    """A Slack setting is missing, malformed or rejected; the message is one line naming the variable."""


@dataclass(frozen=True)
class SlackConfig:
    """What the Slack adapter needs to connect; secrets stay out of repr."""

    bot_token: str = field(repr=False)
    app_token: str | None = field(default=None, repr=False)
    signing_secret: str | None = field(default=None, repr=False)
    api_base_url: str = "https://slack.com/api/"
    host: str = DEFAULT_HOST
    port: int = 3000
    admins: frozenset[str] = frozenset()

    @property
    def socket_mode(self) -> bool:
        """Socket Mode when an app-level token is set, else HTTP mode."""
        return self.app_token is not None


def _secret(value: Any) -> str | None:
    """The plain value of a SecretStr (or str) setting, None when unset or blank."""
    if value is None:
        return None
    text = value.get_secret_value() if hasattr(value, "get_secret_value") else str(value)
    return text if text.strip() else None


def check_token(variable: str, token: str | None, prefix: str, what: str) -> str:
    """The token if it looks like a Slack token of the right kind, else a one-line SlackConfigError."""
    if token is None:
        raise SlackConfigError(f"{variable} is not set: give the {what} (it starts with {prefix})")
    if not re.fullmatch(rf"{re.escape(prefix)}[A-Za-z0-9-]+", token):
        kind = token.split("-", 1)[0] + "-" if "-" in token[:6] else "no known prefix"
        raise SlackConfigError(
            f"{variable} is malformed: the {what} starts with {prefix} and has no spaces "
            f"(this one has {kind})"
        )
    return token


def parse_admins(value: str) -> frozenset[str]:
    """Comma-separated Slack user ids (BRIEFBOT_SLACK_ADMINS) as a set."""
    return frozenset(part.strip() for part in value.split(",") if part.strip())


def slack_config(settings: Settings, **overrides: Any) -> SlackConfig:
    """Read and check the Slack settings; keyword overrides (tests, CLI flags) win over Settings."""
    values: dict[str, Any] = {
        "bot_token": _secret(settings.slack_bot_token),
        "app_token": _secret(settings.slack_app_token),
        "signing_secret": _secret(settings.slack_signing_secret),
        "api_base_url": settings.slack_api_base_url,
        "port": settings.slack_port,
        "admins": parse_admins(settings.slack_admins),
        "host": DEFAULT_HOST,
    }
    unknown = set(overrides) - set(values)
    if unknown:
        raise TypeError(f"unknown Slack adapter option(s): {', '.join(sorted(unknown))}")
    values.update(overrides)
    if isinstance(values["admins"], str):
        values["admins"] = parse_admins(values["admins"])
    bot_token = check_token("SLACK_BOT_TOKEN", values["bot_token"], "xoxb-", "bot token")
    app_token = values["app_token"]
    if app_token is not None:
        check_token("SLACK_APP_TOKEN", app_token, "xapp-", "app-level token")
    elif not values["signing_secret"]:
        raise SlackConfigError(
            "SLACK_SIGNING_SECRET is not set: HTTP mode (no SLACK_APP_TOKEN) needs the app's signing secret"
        )
    base = str(values["api_base_url"]).strip()
    if not re.match(r"https?://[^/\s]+", base):
        raise SlackConfigError(f"SLACK_API_BASE_URL is not an http(s) URL: {base!r}")
    if not 0 <= int(values["port"]) <= 65535:
        raise SlackConfigError(f"BRIEFBOT_SLACK_PORT must be 0-65535, not {values['port']}")
    return SlackConfig(
        bot_token=bot_token,
        app_token=app_token,
        signing_secret=values["signing_secret"],
        api_base_url=base if base.endswith("/") else base + "/",
        host=values["host"],
        port=int(values["port"]),
        admins=frozenset(values["admins"]),
    )
