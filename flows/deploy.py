"""The nightly deployment, declared beside the flow: `python -m flows.deploy ARCHIVE`.

The same as `scrutiny serve ARCHIVE` (which adds the safety checks and defaults of the
CLI) and as the `nightly` deployment of prefect.yaml (for teams with workers).
"""

from __future__ import annotations

import sys

from prefect.schedules import Cron

from flows.archive import archive_flow
from pipeline.config import SCHEDULE_CRON, SCHEDULE_TIMEZONE

NIGHTLY = Cron(SCHEDULE_CRON, timezone=SCHEDULE_TIMEZONE)


def serve_nightly(archive: str, **parameters: object) -> None:
    """Serve the archive flow on the nightly schedule until interrupted (needs PREFECT_API_URL)."""
    archive_flow.serve(name="nightly", schedules=[NIGHTLY], parameters={"archive": archive, **parameters})


if __name__ == "__main__":  # pragma: no cover
    if len(sys.argv) != 2:
        raise SystemExit("usage: python -m flows.deploy ARCHIVE")
    serve_nightly(sys.argv[1])
