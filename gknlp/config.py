"""Process-wide settings (overridable by environment variables)."""
from __future__ import annotations

import os

#: Largest document accepted, in characters (after decoding). Larger input raises DocumentTooLarge.
MAX_DOCUMENT_CHARS: int = int(os.environ.get("GKNLP_MAX_DOCUMENT_CHARS", 20_000_000))
