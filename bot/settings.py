"""Configuration from the environment and `.env` (built once in `main()` and passed down)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///data/briefbot.db"


class Settings(BaseSettings):
    """Every setting briefbot reads. Chat credentials use their platforms' usual names."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    # Store and ingest
    database_url: str = Field(DEFAULT_DATABASE_URL, alias="BRIEFBOT_DATABASE_URL")
    seeds_dir: Path = Field(Path("seeds"), alias="BRIEFBOT_SEEDS_DIR")
    max_file_bytes: int = Field(5 * 1024 * 1024, alias="BRIEFBOT_MAX_FILE_BYTES", gt=0)
    log_level: str = Field("INFO", alias="BRIEFBOT_LOG_LEVEL")

    # Chat platforms
    discord_token: SecretStr | None = Field(None, alias="DISCORD_TOKEN")
    discord_guild_id: int | None = Field(None, alias="DISCORD_GUILD_ID")
    discord_api_base_url: str = Field("https://discord.com/api/v10", alias="DISCORD_API_BASE_URL")
    discord_gateway_url: str | None = Field(None, alias="DISCORD_GATEWAY_URL")
    slack_bot_token: SecretStr | None = Field(None, alias="SLACK_BOT_TOKEN")
    slack_app_token: SecretStr | None = Field(None, alias="SLACK_APP_TOKEN")
    slack_signing_secret: SecretStr | None = Field(None, alias="SLACK_SIGNING_SECRET")
    slack_api_base_url: str = Field("https://slack.com/api/", alias="SLACK_API_BASE_URL")
    slack_port: int = Field(3000, alias="BRIEFBOT_SLACK_PORT")
    slack_admins: str = Field("", alias="BRIEFBOT_SLACK_ADMINS", description="comma-separated user ids")

    # Reminders
    reminder_leads: str = Field("7d,1d,1h", alias="BRIEFBOT_REMINDER_LEADS")
    reminder_channels: str = Field("console", alias="BRIEFBOT_REMINDER_CHANNELS")
    all_day_start: str = Field("09:00", alias="BRIEFBOT_ALL_DAY_START")
    missed_grace: str = Field("1h", alias="BRIEFBOT_MISSED_GRACE")
    discord_webhook_url: SecretStr | None = Field(None, alias="BRIEFBOT_DISCORD_WEBHOOK_URL")
    slack_webhook_url: SecretStr | None = Field(None, alias="BRIEFBOT_SLACK_WEBHOOK_URL")

    def platforms(self) -> list[str]:
        """The chat platforms whose credentials are configured, else the console."""
        found = []
        if self.discord_token is not None:
            found.append("discord")
        if self.slack_bot_token is not None:
            found.append("slack")
        return found or ["console"]
