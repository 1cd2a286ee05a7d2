"""Slack settings: a missing or malformed credential is one clear line naming the variable."""

from __future__ import annotations

from typing import Any

import pytest

from bot.adapters.slack_app import SlackConfigError
from bot.adapters.slack_config import SlackConfig, slack_config
from bot.settings import Settings

GOOD = {
    "SLACK_BOT_TOKEN": "xoxb-1-2-abc",
    "SLACK_SIGNING_SECRET": "s3cret",
}


def settings(**values: Any) -> Settings:
    return Settings.model_validate({**GOOD, **values})


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"SLACK_BOT_TOKEN": None}, r"^SLACK_BOT_TOKEN is not set: give the bot token \(.* xoxb-\)$"),
        ({"SLACK_BOT_TOKEN": "   "}, "^SLACK_BOT_TOKEN is not set"),
        ({"SLACK_BOT_TOKEN": "xoxp-1-2-user"}, r"^SLACK_BOT_TOKEN is malformed: .*xoxb-.*has xoxp-\)$"),
        ({"SLACK_BOT_TOKEN": "xoxb-1-2 abc"}, "^SLACK_BOT_TOKEN is malformed"),
        ({"SLACK_BOT_TOKEN": "abcdef"}, r"^SLACK_BOT_TOKEN is malformed: .*has no known prefix\)$"),
        ({"SLACK_APP_TOKEN": "xoxb-1-2-abc"}, r"^SLACK_APP_TOKEN is malformed: the app-level token .* xapp-"),
        ({"SLACK_SIGNING_SECRET": None}, "^SLACK_SIGNING_SECRET is not set: HTTP mode"),
        ({"SLACK_API_BASE_URL": "slack.com/api"}, "^SLACK_API_BASE_URL is not an http"),
        ({"BRIEFBOT_SLACK_PORT": 70000}, "^BRIEFBOT_SLACK_PORT must be 0-65535"),
    ],
)
def test_bad_settings_are_one_clear_line(values: dict[str, Any], message: str) -> None:
    with pytest.raises(SlackConfigError, match=message) as info:
        slack_config(settings(**values))
    assert "\n" not in str(info.value)
    assert isinstance(info.value, ValueError)


def test_secret_values_never_appear_in_errors_or_repr() -> None:
    with pytest.raises(SlackConfigError) as info:
        slack_config(settings(SLACK_BOT_TOKEN="xoxp-secret-value-123"))
    assert "secret-value" not in str(info.value)
    config = slack_config(settings())
    assert "xoxb-1-2-abc" not in repr(config) and "s3cret" not in repr(config)


def test_http_mode_without_app_token() -> None:
    config = slack_config(settings(BRIEFBOT_SLACK_PORT=3456, BRIEFBOT_SLACK_ADMINS=" U1, ,U2 "))
    assert config == SlackConfig(
        bot_token="xoxb-1-2-abc", signing_secret="s3cret", port=3456, admins=frozenset({"U1", "U2"})
    )
    assert not config.socket_mode


def test_socket_mode_with_app_token_needs_no_signing_secret() -> None:
    config = slack_config(settings(SLACK_APP_TOKEN="xapp-1-A1-2-abc", SLACK_SIGNING_SECRET=None))
    assert config.socket_mode and config.app_token == "xapp-1-A1-2-abc"


def test_api_base_url_for_govslack_or_a_proxy_gets_a_trailing_slash() -> None:
    config = slack_config(settings(SLACK_API_BASE_URL="https://slack-gov.com/api"))
    assert config.api_base_url == "https://slack-gov.com/api/"


def test_overrides_win_and_unknown_overrides_are_refused() -> None:
    config = slack_config(settings(), port=0, host="127.0.0.1", admins="U9")
    assert (config.port, config.host, config.admins) == (0, "127.0.0.1", frozenset({"U9"}))
    with pytest.raises(TypeError, match="unknown Slack adapter option"):
        slack_config(settings(), colour="blue")
