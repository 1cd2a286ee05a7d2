"""Validate HTTP requests against Discord's vendored OpenAPI 3.1 description (tests/specs/).

`SpecValidator.check(method, path, query, body)` returns a list of problems (empty when the request is
valid): the path must match a template with that method, query parameters must be declared, and a JSON
body must validate against the operation's requestBody schema (Draft 2020-12, `#/components/...` refs
resolved through a `referencing` registry). The spec is looser than Discord's prose docs in places, so
the documented limits are checked too: message content ≤ 2000 characters, command names lowercase
`^[-_\\p{L}\\p{N}]{1,32}$`, command and option descriptions 1-100 characters.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parent.parent / "specs" / "discord-openapi.json"
SPEC_URI = "urn:discord-openapi"
METHODS = ("get", "put", "post", "patch", "delete")
CONTENT_MAX = 2000


def _is_command_name(name: str) -> bool:
    """Discord's documented command-name rule: 1-32 of `-`, `_`, letters, digits; lowercase."""
    if not 1 <= len(name) <= 32 or name != name.lower():
        return False
    return all(c in "-_" or unicodedata.category(c)[0] in "LN" for c in name)


class SpecValidator:
    """Matches requests to operations of the OpenAPI document and validates their bodies."""

    def __init__(self, path: Path = SPEC_PATH) -> None:
        self.spec: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        resource = Resource.from_contents(self.spec, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self._routes: list[tuple[re.Pattern[str], str]] = []
        for template in self.spec["paths"]:
            pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
            self._routes.append((re.compile(f"^{pattern}$"), template))
        self._validators: dict[tuple[str, str], Draft202012Validator] = {}

    def template(self, method: str, path: str) -> str | None:
        """The path template that `path` (without the base) matches and that has `method`."""
        for pattern, template in self._routes:
            if pattern.match(path) and method.lower() in self.spec["paths"][template]:
                return template
        return None

    def _validator(self, template: str, method: str) -> Draft202012Validator | None:
        key = (template, method)
        if key not in self._validators:
            body = self.spec["paths"][template][method].get("requestBody")
            if body is None or "application/json" not in body["content"]:
                return None
            schema = {
                "$ref": f"{SPEC_URI}#/paths/{_pointer(template)}/{method}/requestBody/content/"
                "application~1json/schema"
            }
            self._validators[key] = Draft202012Validator(schema, registry=self.registry)
        return self._validators[key]

    def check(self, method: str, path: str, query: Iterable[str], body: Any) -> list[str]:
        """Problems with one request (empty when it conforms)."""
        method = method.lower()
        template = self.template(method, path)
        if template is None:
            return [f"{method.upper()} {path}: no such operation in the spec"]
        operation = self.spec["paths"][template][method]
        declared = {p["name"] for p in operation.get("parameters", []) if p.get("in") == "query"}
        problems = [
            f"{method.upper()} {template}: undeclared query parameter {q!r}"
            for q in query
            if q not in declared
        ]
        validator = self._validator(template, method)
        if body is not None:
            if validator is None:
                problems.append(f"{method.upper()} {template}: takes no JSON body")
            else:
                for error in validator.iter_errors(body):
                    detail = _deepest(error)
                    where = "/".join(str(p) for p in detail.absolute_path)
                    problems.append(f"{method.upper()} {template}: /{where}: {detail.message[:300]}")
        elif operation.get("requestBody", {}).get("required"):
            problems.append(f"{method.upper()} {template}: a request body is required")
        problems.extend(documented_limits(template, body))
        return problems


def _deepest(error: ValidationError) -> ValidationError:
    """For anyOf failures, the deepest sub-error: the branch that came closest names the real fault."""
    best = error
    stack = list(error.context or ())
    while stack:
        sub = stack.pop()
        if len(sub.absolute_path) > len(best.absolute_path):
            best = sub
        stack.extend(sub.context or ())
    return best


def _pointer(template: str) -> str:
    return template.replace("~", "~0").replace("/", "~1")


def documented_limits(template: str, body: Any) -> list[str]:
    """Checks of Discord's prose limits that the OpenAPI document does not encode."""
    problems: list[str] = []
    if template.endswith("/commands") and isinstance(body, list):
        for command in body:
            problems.extend(_command_limits(command))
    if isinstance(body, dict):
        message = body.get("data") if template.endswith("/callback") else body
        if isinstance(message, dict):
            content = message.get("content")
            if isinstance(content, str) and len(content) > CONTENT_MAX:
                problems.append(f"{template}: content has {len(content)} characters (max {CONTENT_MAX})")
    return problems


def _command_limits(command: dict[str, Any], where: str = "command") -> list[str]:
    problems: list[str] = []
    name = command.get("name", "")
    if not _is_command_name(name):
        problems.append(f"{where} name {name!r} breaks ^[-_\\p{{L}}\\p{{N}}]{{1,32}}$ lowercase")
    description = command.get("description", "")
    if command.get("type", 1) == 1 and not 1 <= len(description) <= 100:
        problems.append(f"{where} {name!r}: description must be 1-100 characters, has {len(description)}")
    for option in command.get("options") or []:
        problems.extend(_command_limits({**option, "type": 1}, f"option of {name!r}"))
    return problems


@cache
def shared_validator() -> SpecValidator:
    """One validator per test process (the spec is 1 MB; validators compile lazily and are reused)."""
    return SpecValidator()
