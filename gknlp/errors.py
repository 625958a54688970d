"""Exception types of the public API.  Every error gknlp raises on purpose is a :class:`GknlpError`."""
from __future__ import annotations


class GknlpError(Exception):
    """Base class of all errors raised by gknlp."""


class InputError(GknlpError):
    """The input cannot be read as a report: missing path, binary data, undecodable bytes."""


class DocumentTooLarge(InputError):
    """The document exceeds the configured maximum size (see ``gknlp.config.MAX_DOCUMENT_CHARS``)."""


class TaxonomyError(GknlpError):
    """The taxonomy file is malformed (duplicate ids, unknown units, dangling identity ids)."""


class ModelError(GknlpError):
    """A model directory is missing, corrupted, tampered with, or built for another taxonomy/version."""


class AnnotationError(GknlpError):
    """An annotation file does not validate (span/text mismatch, unknown ids, bad checksum)."""
