"""Run the Alembic migrations from code (the CLI and the loader upgrade automatically)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

ROOT = Path(__file__).resolve().parents[2]


def alembic_config(engine: Engine) -> Config:
    ini = ROOT / "alembic.ini"
    if not ini.is_file():
        raise RuntimeError(
            f"migrations not found next to the package ({ini}); "
            "install from a checkout with `pip install -e .`"
        )
    cfg = Config(str(ini))
    cfg.set_main_option("script_location", str(ROOT / "migrations"))
    # env.py uses this engine's connection instead of building its own from a URL.
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    command.downgrade(alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def ensure_current(engine: Engine) -> None:
    """Create or upgrade the schema when it is behind; cheap when it is already at head."""
    if current_revision(engine) != head_revision(engine):
        upgrade(engine)
